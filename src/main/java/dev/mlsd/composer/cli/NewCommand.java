package dev.mlsd.composer.cli;

import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code new}: a project file from a template and section files. */
@Command(name = "new", description = "Creates a project file from a template and section files.")
final class NewCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    SectionOptions sections;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.mlsd", required = true, description = "The project file to write (an existing one is kept as FILE.mlsd.bak).")
    Path output;

    NewCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Template template = sections.template(context);
        RenderCommand.warnNotices(context, template);
        Project project = Project.create(template, sections.read(context, template), context.clock().instant());
        OutputTarget.write(context, output, context.store().encode(project));
        return Cli.OK;
    }
}
