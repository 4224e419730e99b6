package dev.mlsd.composer.app;

import dev.mlsd.composer.core.io.AppDirs;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Plain {@code java -jar mlsd-composer.jar} opens the window in a second JVM started with the
 * launcher's options ({@code packaging/mlsd-composer}): a class-data archive of the app's classes
 * (written by the first start, at its exit, and reused while the jar and the Java runtime stay the
 * same), the C1 compiler only and Shenandoah, whose pauses stay far below a frame where the default
 * G1 holds frames for 50-150 ms while a large project is checked. A jar cannot choose its JVM's
 * options, and without the archive the window takes about half as long again to appear.
 *
 * <p>Nothing is restarted when the JVM already runs with an archive (the launcher script, the installed
 * app) or records its classes for one, when the app does not run from a jar, when {@code -Dmlsd.fastStart=false} is given, or when the
 * Java runtime has no Shenandoah (Oracle's builds) or no archive of its own to build on (a jlink image
 * made without one); the window then opens in this JVM, as before.
 */
final class FastStart {

    /** Set on the second JVM when start-up is measured: the first one's start, in epoch milliseconds. */
    static final String STARTED_AT = "mlsd.startedAt";

    static final List<String> LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseShenandoahGC",
            "-XX:ShenandoahGCHeuristics=compact", "-Xmx2g", "-Dmlsd.holdC2=false", "-Xlog:disable", "-Xlog:all=error:stderr");

    private static final long REFUSED_WITHIN_NS = 3_000_000_000L;

    private FastStart() {
    }

    /** Runs the window in a second JVM and returns its exit code, or empty when the window should open in this one. */
    static OptionalInt run(String[] args) {
        if (!Boolean.parseBoolean(System.getProperty("mlsd.fastStart", "true"))) {
            return OptionalInt.empty();
        }
        Optional<List<String>> command = command(args);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            long started = System.nanoTime();
            int code = new ProcessBuilder(command.get()).inheritIO().start().waitFor();
            // 1 within seconds is the JVM refusing an option (no Shenandoah after all): open here instead.
            boolean refused = code == 1 && System.nanoTime() - started < REFUSED_WITHIN_NS;
            return refused ? OptionalInt.empty() : OptionalInt.of(code);
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }

    /** The second JVM's command line, or empty when this start should not be repeated. */
    static Optional<List<String>> command(String[] args) {
        Optional<Path> jar = ownJar();
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        Path java = Path.of(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java");
        if (jar.isEmpty() || arguments.isEmpty() || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        // A runtime without the JDK's own archive (a jlink image made without one) cannot write the app's.
        Path home = Path.of(System.getProperty("java.home"));
        boolean baseArchive = Files.isRegularFile(home.resolve("lib/server/classes.jsa")) || Files.isRegularFile(home.resolve("bin/server/classes.jsa"));
        return command(new Setting(java, jar.get(), arguments.get(), System.getProperty("java.vm.vendor", ""),
                System.getProperty("java.vm.version", "unknown"), AppDirs.fromSystem().state().resolve("class-data"), baseArchive), args);
    }

    /** What the second JVM is made from: this JVM's command, runtime and the folder its archive lives in. */
    record Setting(Path java, Path jar, String[] arguments, String vmVendor, String vmVersion, Path archives, boolean baseArchive) {
    }

    static Optional<List<String>> command(Setting setting, String[] args) {
        List<String> jvmOptions = jvmOptions(setting.arguments());
        // Oracle's builds leave Shenandoah out; every other OpenJDK build has it. (Asking the VM through
        // its diagnostic bean would cost this JVM more than half of what the second one saves.)
        if (jvmOptions == null || !setting.baseArchive() || setting.vmVendor().startsWith("Oracle") || jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile")
                || o.startsWith("-XX:ArchiveClassesAtExit") || o.startsWith("-XX:DumpLoadedClassList") || o.startsWith("-Xshare")
                || o.equals("-Dmlsd.fastStart=false"))) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(setting.java().toString());
        command.add(archiveOption(setting));
        command.addAll(LAUNCHER_OPTIONS);
        command.addAll(jvmOptions); // the user's own, after the launcher's, so that theirs win
        command.add("-Dmlsd.fastStart=false");
        if (Arrays.asList(args).contains("--measure-startup")) {
            // Measured from this JVM's start, like any other start (asking costs this JVM some 30 ms, only here).
            command.add("-D" + STARTED_AT + "=" + ManagementFactory.getRuntimeMXBean().getStartTime());
        }
        command.add("-jar");
        command.add(setting.jar().toString());
        command.addAll(Arrays.asList(args));
        return Optional.of(command);
    }

    /** The JVM options before {@code -jar}; null when this JVM was not started with {@code -jar}. */
    static List<String> jvmOptions(String[] arguments) {
        int jarAt = Arrays.asList(arguments).indexOf("-jar");
        return jarAt < 0 ? null : List.of(arguments).subList(0, jarAt);
    }

    /** {@code -XX:SharedArchiveFile} of the jar's archive, or {@code -XX:ArchiveClassesAtExit} to write it. */
    private static String archiveOption(Setting setting) {
        String runtime = setting.vmVersion().replaceAll("[^A-Za-z0-9._+-]", "");
        Path archive;
        try {
            // The JVM refuses an archive whose jar has another size or time: both name it, with the runtime's version.
            archive = setting.archives().resolve("app-" + Files.size(setting.jar()) + "-" + Files.getLastModifiedTime(setting.jar()).toMillis()
                    + "-" + runtime + ".jsa");
            if (Files.isRegularFile(archive)) {
                return "-XX:SharedArchiveFile=" + archive;
            }
            Files.createDirectories(setting.archives());
        } catch (IOException e) {
            return "-Xshare:auto"; // no archive this time (a read-only home, say): the other options still help
        }
        try (DirectoryStream<Path> old = Files.newDirectoryStream(setting.archives(), "app-*.jsa")) {
            for (Path file : old) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // An old archive still mapped by a running copy (Windows): left for a later start.
        }
        return "-XX:ArchiveClassesAtExit=" + archive;
    }

    private static Optional<Path> ownJar() {
        try {
            Path location = Path.of(FastStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

}
