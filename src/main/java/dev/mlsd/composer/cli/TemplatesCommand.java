package dev.mlsd.composer.cli;

import dev.mlsd.composer.core.model.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code templates}: one line per template, {@code ID<TAB>LANGUAGE<TAB>TITLE}. */
@Command(name = "templates", description = "Lists the templates: ID<TAB>LANGUAGE<TAB>TITLE.")
final class TemplatesCommand implements Callable<Integer> {

    private final CliContext context;

    TemplatesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        StringBuilder out = new StringBuilder();
        for (Template template : context.templates().all()) {
            out.append(template.id()).append('\t').append(template.language()).append('\t').append(template.title()).append('\n');
        }
        context.stdout().write(out.toString().getBytes(StandardCharsets.UTF_8));
        context.stdout().flush();
        return Cli.OK;
    }
}
