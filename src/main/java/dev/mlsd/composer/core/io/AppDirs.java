package dev.mlsd.composer.core.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where the app keeps its settings and user templates (config) and its recovery journal and logs
 * (state). The system properties {@code mlsd.configDir} and {@code mlsd.stateDir} override both.
 */
public record AppDirs(Path config, Path state) {

    private static final String APP = "mlsd-composer";

    public static AppDirs from(Map<String, String> env, Properties properties) {
        String os = properties.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(properties.getProperty("user.home", "."));
        Path config;
        Path state;
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            config = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming").resolve(APP) : Path.of(appData, APP);
            state = config;
        } else if (os.startsWith("mac")) {
            config = home.resolve("Library").resolve("Application Support").resolve(APP);
            state = config;
        } else {
            config = xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(APP);
            state = xdg(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve(APP);
        }
        String configOverride = properties.getProperty("mlsd.configDir");
        String stateOverride = properties.getProperty("mlsd.stateDir");
        return new AppDirs(
                configOverride == null || configOverride.isBlank() ? config : Path.of(configOverride),
                stateOverride == null || stateOverride.isBlank() ? state : Path.of(stateOverride));
    }

    public static AppDirs fromSystem() {
        return from(System.getenv(), System.getProperties());
    }

    public Path logs() {
        return state.resolve("logs");
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        // The XDG spec says relative paths are to be ignored.
        return value == null || value.isBlank() || !Path.of(value).isAbsolute() ? fallback : Path.of(value);
    }
}
