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
import java.time.Clock;

/**
 * Entry point of the jar. Commands run headless and never load a JavaFX class; anything else
 * opens the window. This class deliberately does not extend {@code Application}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (wantsCommand(args)) {
            System.exit(runCli(args));
        }
        try {
            LaunchOptions.parse(java.util.List.of(args));
        } catch (IllegalArgumentException e) {
            CliContext.utf8(new FileOutputStream(FileDescriptor.err)).println("error: " + e.getMessage());
            System.exit(Cli.BAD_INPUT);
        }
        GuiLauncher.launch(args);
    }

    /** True when the arguments name a command; decided here so the window's path never loads the CLI's classes. */
    static boolean wantsCommand(String[] args) {
        return args.length > 0 && java.util.Set.of("templates", "render", "new", "lint", "stats", "import", "help",
                "--version", "-V", "--help", "-h").contains(args[0]);
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
