package dev.mlsd.composer.app;

import java.util.Map;
import java.util.Optional;

/**
 * Whether a window can be opened at all. On Linux without {@code DISPLAY} or {@code WAYLAND_DISPLAY}
 * (an SSH session, a container) the toolkit fails deep inside GTK with a stack trace; this says so
 * in one line first. Monocle (headless tests and benchmarks) needs no display.
 */
record DisplayCheck(String osName, Map<String, String> env, String glassPlatform) {

    static DisplayCheck ofSystem() {
        return new DisplayCheck(System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"));
    }

    /** The reason no window can be opened, if there is one we can tell before starting the toolkit. */
    Optional<String> problem() {
        if (!osName.startsWith("Linux") || "Monocle".equals(glassPlatform) || isSet("DISPLAY") || isSet("WAYLAND_DISPLAY")) {
            return Optional.empty();
        }
        return Optional.of("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                + "the headless commands work without one: " + Main.HEADLESS_COMMANDS + " (see --help)");
    }

    private boolean isSet(String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
