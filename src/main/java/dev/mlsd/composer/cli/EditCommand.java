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
        Map<String, Path> files = new LinkedHashMap<>();
        for (String option : sections) {
            int eq = option.indexOf('=');
            if (eq <= 0 || eq == option.length() - 1) {
                throw new CliError("--section wants SLOT=FILE, got '" + option + "'");
            }
            String slot = option.substring(0, eq);
            if (template.slot(slot).isEmpty()) {
                throw new CliError("--section " + option + ": the project's template '" + template.id() + "' has no slot '" + slot
                        + "' (its slots: " + String.join(", ", template.slotIds()) + ")");
            }
            if (files.put(slot, Path.of(option.substring(eq + 1))) != null) {
                throw new CliError("--section " + slot + " is given twice");
            }
        }
        files.forEach((slot, file) -> texts.put(slot, ProjectFile.text(file, TextFiles.MAX_BYTES)));
        ProjectFile.save(context, project, loaded.withSections(texts, context.clock().instant()));
        return Cli.OK;
    }
}
