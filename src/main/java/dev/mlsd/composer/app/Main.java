package dev.mlsd.composer.app;

import dev.mlsd.composer.cli.Cli;
import dev.mlsd.composer.cli.CliContext;
import dev.mlsd.composer.core.io.AppDirs;
import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.time.Clock;
import java.util.Set;

/**
 * Entry point of the jar. Commands run headless and never load a JavaFX class; anything else
 * opens the window. This class deliberately does not extend {@code Application}.
 */
public final class Main {

    /** The commands that need no window, as named to someone without a display. */
    static final String HEADLESS_COMMANDS = "templates, render, new, lint, stats, import";

    private static final Set<String> COMMANDS = Set.of("templates", "render", "new", "lint", "stats", "import", "help",
            "--version", "-V", "--help", "-h");

    private Main() {
    }

    public static void main(String[] args) {
        if (wantsCommand(args)) {
            System.exit(runCli(args));
        }
        try {
            LaunchOptions.parse(java.util.List.of(args));
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
        }
        DisplayCheck.ofSystem().problem().ifPresent(Main::fail);
        OptionalInt relaunched = FastStart.run(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        GuiLauncher.launch(args);
    }

    /**
     * True when the arguments name a command; decided here so the window's path never loads the
     * CLI's classes. A first word that is neither a command, an existing file nor a {@code .mlsd}
     * name is a mistyped command ({@code rendr}), which the CLI reports, not a file to open.
     */
    static boolean wantsCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return COMMANDS.contains(first) || !first.startsWith("-") && !first.endsWith(".mlsd") && !isFile(first);
    }

    private static boolean isFile(String arg) {
        try {
            return Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** One {@code error:} line and exit code 2, for what the user can fix. */
    static void fail(String message) {
        CliContext.utf8(new FileOutputStream(FileDescriptor.err)).println("error: " + message);
        System.exit(Cli.BAD_INPUT);
    }

    static int runCli(String[] args) {
        PrintStream stdout = CliContext.utf8(new FileOutputStream(FileDescriptor.out));
        PrintStream stderr = CliContext.utf8(new FileOutputStream(FileDescriptor.err));
        System.setOut(stdout);
        System.setErr(stderr);
        AtomicFileWriter writer = new AtomicFileWriter();
        AppDirs dirs = AppDirs.fromSystem();
        TemplateLibrary templates = new TemplateLibrary(new TemplateParser(), dirs.config().resolve("templates"));
        CliContext context = new CliContext(
                stdout,
                stderr,
                dirs,
                templates,
                new ProjectStore(new ProjectCodec(templates::sourceOf), writer),
                new PromptAssembler(),
                writer,
                Clock.systemUTC());
        try {
            return new Cli(context).run(args);
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }
}
