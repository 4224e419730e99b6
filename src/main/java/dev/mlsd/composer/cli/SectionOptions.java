package dev.mlsd.composer.cli;

import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.core.io.TextFiles;
import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --template ID} and {@code --section SLOT=FILE ...}, shared by {@code render} and {@code new}. */
final class SectionOptions {

    @Option(names = "--template", paramLabel = "ID", description = "Template id (default: ${DEFAULT-VALUE}); see 'templates'.",
            defaultValue = TemplateLibrary.DEFAULT_ID)
    String templateId;

    @Option(names = "--section", paramLabel = "SLOT=FILE", description = "Text of a section, read from a UTF-8 file. Repeat for each slot.")
    List<String> sections = new ArrayList<>();

    boolean given() {
        return !sections.isEmpty() || !TemplateLibrary.DEFAULT_ID.equals(templateId);
    }

    Template template(CliContext context) {
        return context.templates().find(templateId).orElseThrow(() -> new CliError(
                "unknown template '" + templateId + "' (known: " + String.join(", ",
                        context.templates().all().stream().map(Template::id).toList()) + ")"));
    }

    /** The text of each slot, read from the files given; slots without a file are empty, with a warning. */
    Map<String, String> read(CliContext context, Template template) {
        Map<String, Path> files = files(sections, template);
        Map<String, String> texts = new LinkedHashMap<>();
        for (Slot slot : template.slots()) {
            Path file = files.get(slot.id());
            if (file == null) {
                context.warn("no --section for slot '" + slot.id() + "' (" + slot.title() + "); it is left empty");
                texts.put(slot.id(), "");
            } else {
                try {
                    texts.put(slot.id(), TextFiles.readUtf8(file));
                } catch (BadInputException e) {
                    throw CliError.about(file, e.getMessage());
                }
            }
        }
        return texts;
    }

    /** The file of each slot in {@code --section SLOT=FILE} options, checked against {@code template}'s slots. */
    static Map<String, Path> files(List<String> options, Template template) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            if (eq <= 0 || eq == option.length() - 1) {
                throw new CliError("--section wants SLOT=FILE, got '" + option + "'");
            }
            String slot = option.substring(0, eq);
            if (template.slot(slot).isEmpty()) {
                throw new CliError("--section " + option + ": template '" + template.id() + "' has no slot '" + slot
                        + "' (its slots: " + String.join(", ", template.slotIds()) + ")");
            }
            if (files.put(slot, Path.of(option.substring(eq + 1))) != null) {
                throw new CliError("--section " + slot + " is given twice");
            }
        }
        return files;
    }
}
