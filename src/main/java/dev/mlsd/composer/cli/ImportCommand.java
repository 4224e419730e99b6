package dev.mlsd.composer.cli;

import dev.mlsd.composer.core.importer.DecodedText;
import dev.mlsd.composer.core.importer.DocumentImport;
import dev.mlsd.composer.core.importer.Heading;
import dev.mlsd.composer.core.importer.SectionMapper;
import dev.mlsd.composer.core.importer.SynonymTable;
import dev.mlsd.composer.core.importer.TextDecoder;
import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.core.io.TextFiles;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.model.Template;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import}: a Markdown or text design document → a project, mapping its sections
 * automatically. Says on stderr which heading went to which slot; exits 0 even when a slot found nothing.
 */
@Command(name = "import", description = "Makes a project from a design document, mapping its sections to the template's slots.")
final class ImportCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "DOC", description = "A Markdown or text design document (any common encoding).")
    Path document;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.mlsd", required = true, description = "The project file to write.")
    Path output;

    @Option(names = "--template", paramLabel = "ID", description = "Template id (default: ${DEFAULT-VALUE}).",
            defaultValue = dev.mlsd.composer.core.template.TemplateLibrary.DEFAULT_ID)
    String templateId;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Template template = context.templates().find(templateId).orElseThrow(() -> new CliError(
                "unknown template '" + templateId + "' (known: " + String.join(", ",
                        context.templates().all().stream().map(Template::id).toList()) + ")"));
        byte[] bytes;
        try {
            bytes = TextFiles.readBytes(document, TextFiles.MAX_BYTES);
        } catch (BadInputException e) {
            throw CliError.about(document, e.getMessage());
        }
        DecodedText decoded = new TextDecoder().decode(bytes);
        if (decoded.detected()) {
            context.stderr().println("note: " + document + ": not UTF-8; read as " + decoded.charset());
        }
        if (decoded.repair() != null) {
            context.stderr().println("note: " + document + ": repaired mojibake (UTF-8 text that had been read as "
                    + decoded.repair().codePage() + " and saved again)");
        }
        DocumentImport imported = DocumentImport.of(decoded, decoded.textWithRepair(), template, new SectionMapper(SynonymTable.builtIn()));
        for (Slot slot : template.slots()) {
            List<Heading> headings = imported.mapping().bySlot().getOrDefault(slot.id(), List.of());
            if (headings.isEmpty()) {
                context.warn("no heading found for slot '" + slot.id() + "' (" + slot.title() + "); it is left empty");
            }
            for (Heading heading : headings) {
                context.stderr().println(slot.id() + " <- \"" + heading.text() + "\" (line " + heading.line() + ")");
            }
        }
        Project project = Project.create(template, imported.sections(template), context.clock().instant());
        OutputTarget.write(context, output, context.store().encode(project));
        return Cli.OK;
    }
}
