package dev.mlsd.composer.cli;

import dev.mlsd.composer.core.history.VersionBook;
import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.core.io.WriteFailedException;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Version;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.template.TemplateException;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.core.tokens.TokenCounter;
import java.nio.file.Path;

/** The commands that change a project file in place: load, change, save through the crash-safe writer (format 2 from then on). */
final class ProjectFile {

    private ProjectFile() {
    }

    static VersionBook book(CliContext context) {
        return new VersionBook(new TemplateParser(), new PromptAssembler(), new TokenCounter());
    }

    static void save(CliContext context, Path file, Project project) {
        try {
            context.store().save(file, project);
        } catch (WriteFailedException e) {
            throw CliError.about(file, "cannot be written: " + e.getMessage());
        }
    }

    static Version version(Path file, Project project, String number) {
        int n;
        try {
            n = Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            throw new CliError("'" + number + "' is not a version number (use a number or 'current')");
        }
        return project.history().version(n).orElseThrow(() -> CliError.about(file, "has no version " + n
                + (project.history().versions().isEmpty() ? " (it has no versions yet)" : " (its versions: "
                + String.join(", ", project.history().versions().stream().map(v -> String.valueOf(v.number())).toList()) + ")")));
    }

    static String prompt(CliContext context, Path file, Version version) {
        try {
            return book(context).prompt(version);
        } catch (TemplateException e) {
            throw CliError.about(file, "the template of version " + version.number() + " is broken: " + e.describe());
        }
    }

    static String text(Path file, long maxBytes) {
        try {
            return dev.mlsd.composer.core.io.TextFiles.decodeUtf8(dev.mlsd.composer.core.io.TextFiles.readBytes(file, maxBytes));
        } catch (BadInputException e) {
            throw CliError.about(file, e.getMessage());
        }
    }
}
