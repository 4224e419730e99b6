package dev.mlsd.composer.cli;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code templates}: one line per template, {@code ID<TAB>LANGUAGE<TAB>TITLE[<TAB>PATH]} (the path
 * for a user template); a broken user template is a {@code warning:} line on stderr, and the rest
 * are listed all the same.
 */
@Command(name = "templates", description = "Lists the templates: ID<TAB>LANGUAGE<TAB>TITLE[<TAB>PATH of a user template].")
final class TemplatesCommand implements Callable<Integer> {

    private final CliContext context;

    TemplatesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        StringBuilder out = new StringBuilder();
        for (TemplateLibrary.Entry entry : context.templates().entries()) {
            Template template = entry.template();
            out.append(template.id()).append('\t').append(template.language()).append('\t').append(template.title());
            if (!entry.builtIn()) {
                out.append('\t').append(entry.file());
            }
            out.append('\n');
        }
        context.templates().problems().forEach(problem -> context.warn(problem.describe()));
        context.stdout().write(out.toString().getBytes(StandardCharsets.UTF_8));
        context.stdout().flush();
        return Cli.OK;
    }
}
