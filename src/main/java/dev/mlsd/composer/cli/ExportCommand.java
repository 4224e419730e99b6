package dev.mlsd.composer.cli;

import dev.mlsd.composer.core.answer.AnswerCheck;
import dev.mlsd.composer.core.export.DesignDocument;
import dev.mlsd.composer.core.export.ExportWriter;
import dev.mlsd.composer.core.io.WriteFailedException;
import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.AnswerSpec;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export --doc}: the design document (sections 1–3 and an answer as section 4) as Markdown or HTML. */
@Command(name = "export", description = "Writes the design document: sections 1-3 and the accepted answer as section 4 (.md or .html).")
final class ExportCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "FILE.mlsd", description = "A project file.")
    Path project;

    @Option(names = "--doc", required = true, description = "Export the design document.")
    boolean doc;

    @Option(names = "--answer", paramLabel = "ID", description = "The answer to use as section 4 (default: the accepted one).")
    String answerId;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.md|OUT.html", required = true, description = "The file to write (an existing one is kept as OUT.bak).")
    Path output;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        if (!html && !name.endsWith(".md") && !name.endsWith(".markdown")) {
            throw new CliError("-o " + output + ": the design document is written as .md or .html");
        }
        Project loaded = RenderCommand.load(context, project);
        Template template = RenderCommand.templateOf(context, project, loaded);
        Answer answer = answerId != null
                ? loaded.history().answer(answerId).orElseThrow(() -> CliError.about(project, "has no answer '" + answerId + "'"))
                : loaded.history().accepted().orElseThrow(() -> CliError.about(project,
                        "has no accepted answer (accept one with 'answer --accept', or name one with --answer ID)"));
        String title = AnswerCheck.specFor(template, context.templates()).map(AnswerSpec::title).orElse("4. " + template.title());
        if (DesignDocument.answerIsOutdated(loaded, answer)) {
            context.warn("answer " + answer.id() + " was made from version " + answer.version()
                    + ", whose sections differ from the project's today");
        }
        try {
            new ExportWriter(context.writer()).designDocument(output, template, loaded, answer, title);
        } catch (WriteFailedException e) {
            throw CliError.about(output, "cannot be written: " + e.getMessage());
        }
        return Cli.OK;
    }
}
