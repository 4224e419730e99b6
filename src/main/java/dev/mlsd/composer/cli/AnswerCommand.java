package dev.mlsd.composer.cli;

import dev.mlsd.composer.core.history.AnswerText;
import dev.mlsd.composer.core.history.VersionBook;
import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code answer --add}: keeps an assistant's answer with the version it answers; prints the answer's id. */
@Command(name = "answer", description = "Adds an assistant's answer to a version (default: the latest; one is recorded first if there is none) and prints its id.")
final class AnswerCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "FILE.mlsd", description = "A project file.")
    Path project;

    @Option(names = "--add", paramLabel = "ANSWER.md", required = true, description = "The answer, a UTF-8 text file of at most 5 MB.")
    Path answer;

    @Option(names = "--version", paramLabel = "N", description = "The version it answers (default: the latest).")
    Integer version;

    @Option(names = "--model", paramLabel = "NAME", description = "The assistant that wrote it, e.g. GPT-5.")
    String model;

    @Option(names = "--accept", description = "Mark it as the accepted answer (section 4 of the design document).")
    boolean accept;

    AnswerCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Project loaded = RenderCommand.load(context, project);
        if (version != null) {
            ProjectFile.version(project, loaded, String.valueOf(version));
        }
        String text = ProjectFile.text(answer, AnswerText.MAX_BYTES);
        VersionBook.Added added;
        try {
            added = ProjectFile.book(context).addAnswer(loaded, text, version, model, accept, context.clock().instant());
        } catch (BadInputException e) {
            throw CliError.about(answer, e.getMessage());
        } catch (TemplateException e) {
            throw CliError.about(project, "its template is broken: " + e.describe());
        }
        if (loaded.history().versions().isEmpty()) {
            context.stderr().println("note: " + project + " had no version; version " + added.answer().version() + " was recorded for the answer");
        }
        ProjectFile.save(context, project, added.project());
        context.stdout().write((added.answer().id() + "\n").getBytes(StandardCharsets.UTF_8));
        context.stdout().flush();
        return Cli.OK;
    }
}
