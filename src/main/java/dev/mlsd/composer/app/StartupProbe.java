package dev.mlsd.composer.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * {@code --measure-startup}: prints {@code first-frame-ms N}, the milliseconds from JVM start to the
 * second animation pulse after the window is shown (as the floor benchmark counts), then exits.
 * A start that {@link FastStart} repeated in a second JVM is counted from the first JVM's start.
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
            // A start repeated in a second JVM (FastStart) counts from the first one's start.
            String first = System.getProperty(FastStart.STARTED_AT);
            long started = first == null ? ManagementFactory.getRuntimeMXBean().getStartTime() : Long.parseLong(first);
            long ms = System.currentTimeMillis() - started;
            out.println("first-frame-ms " + ms);
            out.flush();
            Platform.exit();
        }
    }
}
