package dev.mlsd.composer.cli;

import dev.mlsd.composer.core.history.VersionBook;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code version}: records the project's current state as a version and prints its number. */
@Command(name = "version", description = "Records the current state as a version and prints its number (nothing when unchanged).")
final class VersionCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "FILE.mlsd", description = "A project file.")
    Path project;

    @Option(names = "--label", paramLabel = "TEXT", description = "A label for the version.")
    String label;

    VersionCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Project loaded = RenderCommand.load(context, project);
        VersionBook.Recording recording;
        try {
            recording = ProjectFile.book(context).record(loaded, label, context.clock().instant());
        } catch (TemplateException e) {
            throw CliError.about(project, "its template is broken: " + e.describe());
        }
        if (recording.recorded().isEmpty()) {
            context.stderr().println("note: unchanged since version " + recording.latest().number() + "; nothing recorded");
            return Cli.OK;
        }
        ProjectFile.save(context, project, recording.project());
        context.stdout().write((recording.recorded().get().number() + "\n").getBytes(StandardCharsets.UTF_8));
        context.stdout().flush();
        return Cli.OK;
    }
}
