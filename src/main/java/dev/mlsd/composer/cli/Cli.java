package dev.mlsd.composer.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine;

/** The headless command line: picocli commands over the core, with the exit codes of the contract. */
public final class Cli {

    public static final int OK = 0;
    public static final int LINT_ERRORS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    private final CliContext context;

    public Cli(CliContext context) {
        this.context = context;
    }

    public int run(String... args) {
        CommandLine cmd = new CommandLine(new RootCommand(), new CommandFactory(context));
        cmd.setOut(new PrintWriter(new OutputStreamWriter(context.stdout(), StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(context.stderr(), StandardCharsets.UTF_8), true));
        cmd.setParameterExceptionHandler((ex, ignored) -> {
            context.stderr().println("error: " + describe(ex, cmd));
            return BAD_INPUT;
        });
        cmd.setExecutionExceptionHandler((ex, ignored, parseResult) -> handle(ex));
        try {
            return cmd.execute(args);
        } finally {
            cmd.getOut().flush();
        }
    }

    /** A word where a command was expected is named as an unknown command, with picocli's nearest command if any. */
    private static String describe(CommandLine.ParameterException ex, CommandLine root) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && unmatched.getCommandLine() == root
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            List<String> suggestions = unmatched.getSuggestions();
            return "unknown command '" + unmatched.getUnmatched().get(0) + "'"
                    + (suggestions.isEmpty() ? " (see --help)" : " (did you mean '" + suggestions.get(0) + "'?)");
        }
        return oneLine(ex.getMessage()) + " (see --help)";
    }

    private int handle(Exception ex) {
        if (ex instanceof CliError) {
            context.stderr().println("error: " + oneLine(ex.getMessage()));
            return BAD_INPUT;
        }
        Path log = writeLog(ex);
        context.stderr().println("error: internal: " + oneLine(String.valueOf(ex.getMessage()))
                + " (details in " + log + ")");
        return INTERNAL;
    }

    private Path writeLog(Exception ex) {
        StringWriter trace = new StringWriter();
        ex.printStackTrace(new PrintWriter(trace));
        String entry = Instant.now(context.clock()) + " " + trace + "\n";
        Path log = context.dirs().logs().resolve("mlsd-composer.log");
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return log;
        } catch (IOException | RuntimeException e) {
            try {
                Path fallback = Files.createTempFile("mlsd-composer-", ".log");
                Files.writeString(fallback, entry, StandardCharsets.UTF_8);
                return fallback;
            } catch (IOException second) {
                return Path.of("(no log could be written)");
            }
        }
    }

    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip();
        int nl = line.indexOf('\n');
        return (nl < 0 ? line : line.substring(0, nl)).replace("\t", " ");
    }

    /** Builds commands with the context; picocli's own classes through its default factory. */
    private record CommandFactory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(CliContext.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
