package dev.mlsd.composer.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a background thread while the toolkit starts, the classes the first frame will need
 * ({@code app/startup-classes.txt}, recorded from a real start by {@code src/bench/startup-classes.sh}; the
 * package build records its own for the jar it ships).
 * Loading and verifying them is most of the start-up time; doing it on the second core halves the
 * wait. Classes are loaded, not initialised: initialising them here competed with the FX thread
 * (measured slower), and JavaFX initialisers may expect the FX thread.
 */
final class Warmup implements Runnable {

    private static final String LIST = "/app/startup-classes.txt";

    /** Starts the warm-up, unless {@code -Dmlsd.warmup=false} (for recording the list without it). */
    static void start() {
        if (!Boolean.parseBoolean(System.getProperty("mlsd.warmup", "true"))) {
            return;
        }
        Thread thread = new Thread(new Warmup(), "mlsd-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    @Override
    public void run() {
        ClassLoader loader = Warmup.class.getClassLoader();
        try (InputStream in = Warmup.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = reader.readLine(); name != null; name = reader.readLine()) {
                try {
                    Class.forName(name.strip(), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // A stale entry (a class renamed since the list was recorded) costs nothing.
                }
            }
        } catch (IOException e) {
            // Warming up is an optimisation only.
        }
    }
}
