package dev.mlsd.composer.cli;

import dev.mlsd.composer.core.diff.UnifiedDiff;
import dev.mlsd.composer.core.history.VersionDiff;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Version;
import dev.mlsd.composer.core.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diff}: the unified diff of two versions' sections (or prompts); exits 0 whether or not they differ. */
@Command(name = "diff", description = "Prints the unified diff of two versions' sections, or of their prompts; A and B are numbers or 'current'.")
final class DiffCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE.mlsd", description = "A project file.")
    Path project;

    @Parameters(index = "1", paramLabel = "A", description = "A version number or 'current'.")
    String a;

    @Parameters(index = "2", paramLabel = "B", description = "A version number or 'current'.")
    String b;

    @Option(names = "--prompt", description = "Compare the assembled prompts instead of the sections.")
    boolean prompt;

    DiffCommand(CliContext context) {
        this.context = context;
    }

    /** One side: its name in the diff headers, its sections and its prompt. */
    private record Side(String name, Map<String, String> sections, String prompt) {
    }

    @Override
    public Integer call() throws IOException {
        Project loaded = RenderCommand.load(context, project);
        Side before = side(loaded, a);
        Side after = side(loaded, b);
        String out = prompt
                ? UnifiedDiff.of(before.name() + "/prompt", after.name() + "/prompt", before.prompt(), after.prompt())
                : VersionDiff.unified(before.name(), before.sections(), after.name(), after.sections());
        context.stdout().write(out.getBytes(StandardCharsets.UTF_8));
        context.stdout().flush();
        return Cli.OK;
    }

    private Side side(Project loaded, String which) {
        if (which.strip().equalsIgnoreCase("current")) {
            try {
                return new Side("current", loaded.sections(), prompt ? ProjectFile.book(context).prompt(loaded) : "");
            } catch (TemplateException e) {
                throw CliError.about(project, "its template is broken: " + e.describe());
            }
        }
        Version version = ProjectFile.version(project, loaded, which);
        return new Side("v" + version.number(), version.sections(), prompt ? ProjectFile.prompt(context, project, version) : "");
    }
}
