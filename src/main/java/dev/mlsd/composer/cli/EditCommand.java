package dev.mlsd.composer.cli;

import dev.mlsd.composer.core.io.TextFiles;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code edit}: replaces sections of an existing project in place; versions and answers are kept, no version is recorded. */
@Command(name = "edit", description = "Replaces sections of a project in place (its history is kept; no version is recorded).")
final class EditCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "FILE.mlsd", description = "A project file.")
    Path project;

    @Option(names = "--section", paramLabel = "SLOT=FILE", required = true, description = "New text of a section, read from a UTF-8 file. Repeat for each slot.")
    List<String> sections;

    EditCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Project loaded = RenderCommand.load(context, project);
        Template template = RenderCommand.templateOf(context, project, loaded);
        Map<String, String> texts = new LinkedHashMap<>(loaded.sections());
        Map<String, Path> files = SectionOptions.files(sections, template);
        files.forEach((slot, file) -> texts.put(slot, ProjectFile.text(file, TextFiles.MAX_BYTES)));
        ProjectFile.save(context, project, loaded.withSections(texts, context.clock().instant()));
        return Cli.OK;
    }
}
