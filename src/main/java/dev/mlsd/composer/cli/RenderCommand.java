package dev.mlsd.composer.cli;

import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code render}: the assembled prompt, exactly, from a project file or from section files. */
@Command(name = "render", description = "Prints the assembled prompt, exactly, nothing added.")
final class RenderCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(arity = "0..1", paramLabel = "FILE.mlsd", description = "A project file.")
    Path project;

    @Mixin
    SectionOptions sections;

    @Option(names = "--version", paramLabel = "N", description = "The prompt of version N of the project, exactly as it was.")
    String version;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to OUT (the old one kept as OUT.bak) instead of stdout.")
    Path output;

    RenderCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        String text;
        if (project != null) {
            if (sections.given()) {
                throw new CliError("render takes either a project FILE or --template/--section, not both");
            }
            text = version == null ? renderProject(context, project)
                    : ProjectFile.prompt(context, project, ProjectFile.version(project, load(context, project), version));
        } else {
            if (version != null) {
                throw new CliError("--version needs a project FILE");
            }
            Template template = sections.template(context);
            warnNotices(context, template);
            text = context.assembler().assemble(template, sections.read(context, template)).text();
        }
        OutputTarget.write(context, output, text.getBytes(StandardCharsets.UTF_8));
        return Cli.OK;
    }

    static String renderProject(CliContext context, Path file) {
        Project loaded = load(context, file);
        Template template = templateOf(context, file, loaded);
        warnNotices(context, template);
        return context.assembler().assemble(template, loaded.sections()).text();
    }

    static Project load(CliContext context, Path file) {
        try {
            return context.store().load(file);
        } catch (BadInputException e) {
            throw CliError.about(file, e.getMessage());
        }
    }

    static Template templateOf(CliContext context, Path file, Project project) {
        try {
            return context.templates().parse(project.templateSource());
        } catch (TemplateException e) {
            throw CliError.about(file, "its template is broken: " + e.describe());
        }
    }

    static void warnNotices(CliContext context, Template template) {
        template.notices().forEach(n -> context.warn("template " + template.id() + ": " + n));
    }
}
