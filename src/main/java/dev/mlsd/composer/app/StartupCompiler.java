package dev.mlsd.composer.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps HotSpot's optimising compiler (C2) from compiling while the window starts, through a
 * compiler directive (the {@code Compiler.directives_add} diagnostic command). On a two-core machine
 * C2 took most of one core before the first frame (1.3 s of CPU out of 2.2 s of compiling, measured
 * with {@code -XX:+CITime}) and the FX thread waited for the CPU; plain {@code java -jar} cannot pass
 * {@code -XX:TieredStopAtLevel=1}, so the app asks for it from inside. The directive is removed once
 * the first frame is drawn. Methods that got hot before that stay with the quick compiler (C1); the
 * typing benchmark shows the same latency either way. Where the JVM has no such command (another VM,
 * a runtime without {@code jdk.management}), nothing happens.
 */
final class StartupCompiler {

    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private final MBeanServer server;
    private final ObjectName commands;

    private StartupCompiler(MBeanServer server, ObjectName commands) {
        this.server = server;
        this.commands = commands;
    }

    /** Adds the directive; null when this JVM cannot take it. */
    static StartupCompiler hold() {
        Path file = null;
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName commands = new ObjectName("com.sun.management:type=DiagnosticCommand");
            if (!server.isRegistered(commands)) {
                return null;
            }
            file = Files.createTempFile("mlsd-compiler", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            StartupCompiler compiler = new StartupCompiler(server, commands);
            compiler.run("compilerDirectivesAdd", file.toString());
            return compiler;
        } catch (IOException | JMException | RuntimeException e) {
            return null;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // A 50-byte file in the temp folder; the system cleans it.
                }
            }
        }
    }

    /** Removes the directive: from now on C2 compiles what gets hot. */
    void release() {
        try {
            run("compilerDirectivesRemove");
        } catch (JMException | RuntimeException e) {
            // The VM keeps compiling with C1; slower code, nothing lost.
        }
    }

    /** What the VM reports of its directives (for tests). */
    String directives() throws JMException {
        return run("compilerDirectivesPrint");
    }

    private String run(String command, String... arguments) throws JMException {
        Object out = server.invoke(commands, command, new Object[] {arguments}, new String[] {String[].class.getName()});
        return out == null ? "" : out.toString();
    }
}
