package dev.mlsd.composer.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * {@code --measure-startup}: prints {@code first-frame-ms N}, the milliseconds from JVM start to the
 * second animation pulse after the window is shown (as the floor benchmark counts), then exits.
 */
final class StartupProbe extends AnimationTimer {

    private final PrintStream out;
    private int pulses;

    StartupProbe(PrintStream out) {
        this.out = out;
    }

    @Override
    public void handle(long now) {
        if (++pulses == 2) {
            stop();
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            out.println("first-frame-ms " + ms);
            out.flush();
            Platform.exit();
        }
    }
}
