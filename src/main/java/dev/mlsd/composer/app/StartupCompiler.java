package dev.mlsd.composer.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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

    private final Commands commands;

    private StartupCompiler(Commands commands) {
        this.commands = commands;
    }

    /** Adds the directive; null when this JVM cannot take it. */
    static StartupCompiler hold() {
        try {
            return hold(Commands.find());
        } catch (JMException | RuntimeException e) {
            return null;
        }
    }

    /** Adds the directive through the given commands; null when there are none or they fail. */
    static StartupCompiler hold(Commands commands) {
        Path file = null;
        try {
            if (commands == null) {
                return null;
            }
            file = Files.createTempFile("mlsd-compiler", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            StartupCompiler compiler = new StartupCompiler(commands);
            compiler.commands.run(Command.ADD, file.toString());
            return compiler;
        } catch (IOException | ReflectiveOperationException | JMException | RuntimeException e) {
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
            commands.run(Command.REMOVE);
        } catch (ReflectiveOperationException | JMException | RuntimeException e) {
            // The VM keeps compiling with C1; slower code, nothing lost.
        }
    }

    /** What the VM reports of its directives (for tests). */
    String directives() throws ReflectiveOperationException, JMException {
        return commands.run(Command.PRINT);
    }

    /** The diagnostic commands used here, as {@code jcmd} and the MBean name them. */
    enum Command {
        ADD("Compiler.directives_add", "compilerDirectivesAdd"),
        REMOVE("Compiler.directives_remove", "compilerDirectivesRemove"),
        PRINT("Compiler.directives_print", "compilerDirectivesPrint");

        final String line;
        final String operation;

        Command(String line, String operation) {
            this.line = line;
            this.operation = operation;
        }
    }

    /** A way to run the VM's diagnostic commands. */
    interface Commands {

        String run(Command command, String... arguments) throws ReflectiveOperationException, JMException;

        /**
         * The direct way when the jar's manifest opens {@code jdk.management}'s internals to the app
         * ({@code Add-Opens}, as {@code java -jar} reads it); otherwise the platform MBean server, whose
         * start registers every platform MXBean: about 90 ms of CPU, on a side thread but on a machine
         * whose two cores are both busy while the window starts. Null when the VM has neither.
         */
        static Commands find() throws JMException {
            Commands direct = Direct.find();
            return direct != null ? direct : Jmx.find();
        }
    }

    /** The command's own entry point in {@code jdk.management}, reached through the opened package. */
    record Direct(Object bean, Method execute) implements Commands {

        private static final String IMPL = "com.sun.management.internal.DiagnosticCommandImpl";
        /** Loads the native library behind the commands as it initialises. */
        private static final String PROVIDER = "com.sun.management.internal.PlatformMBeanProviderImpl";

        /** The direct way, or null when the package is not opened to the app. */
        static Direct find() {
            try {
                Class<?> impl = Class.forName(IMPL);
                if (!impl.getModule().isOpen(impl.getPackageName(), StartupCompiler.class.getModule())) {
                    return null;
                }
                Class.forName(PROVIDER, true, impl.getClassLoader());
                Method get = impl.getDeclaredMethod("getDiagnosticCommandMBean");
                get.setAccessible(true);
                Method execute = impl.getDeclaredMethod("executeDiagnosticCommand", String.class);
                execute.setAccessible(true);
                Object bean = get.invoke(null);
                return bean == null ? null : new Direct(bean, execute);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null;
            }
        }

        @Override
        public String run(Command command, String... arguments) throws ReflectiveOperationException {
            try {
                StringBuilder line = new StringBuilder(command.line);
                for (String argument : arguments) {
                    line.append(" \"").append(argument).append('"'); // quoted: a temp folder may have spaces
                }
                Object out = execute.invoke(bean, line.toString());
                return out == null ? "" : out.toString();
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw e;
            }
        }
    }

    /** The {@code DiagnosticCommand} MBean of the platform MBean server. */
    record Jmx(MBeanServer server, ObjectName name) implements Commands {

        /** Null when the server has no {@code DiagnosticCommand} MBean. */
        static Jmx find() throws JMException {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName("com.sun.management:type=DiagnosticCommand");
            return server.isRegistered(name) ? new Jmx(server, name) : null;
        }

        @Override
        public String run(Command command, String... arguments) throws JMException {
            Object out = server.invoke(name, command.operation, new Object[] {arguments}, new String[] {String[].class.getName()});
            return out == null ? "" : out.toString();
        }
    }
}
