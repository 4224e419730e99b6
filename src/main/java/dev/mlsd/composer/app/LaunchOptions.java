package dev.mlsd.composer.app;

import java.nio.file.Path;
import java.util.List;

/** The window's command line: {@code [FILE.mlsd] [--measure-startup]}. No JavaFX here: it is checked before the toolkit starts. */
record LaunchOptions(Path file, boolean measureStartup) {

    static final String MEASURE_STARTUP = "--measure-startup";

    /** Parses the arguments, or throws {@link IllegalArgumentException} with a one-line reason. */
    static LaunchOptions parse(List<String> args) {
        Path file = null;
        boolean measure = false;
        for (String arg : args) {
            if (arg.equals(MEASURE_STARTUP)) {
                measure = true;
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new IllegalArgumentException("Unknown option: '" + arg + "' (see --help)");
            } else if (file == null) {
                file = Path.of(arg);
            } else {
                throw new IllegalArgumentException("only one project FILE can be opened, got '" + file + "' and '" + arg + "'");
            }
        }
        return new LaunchOptions(file, measure);
    }
}
