package dev.mlsd.composer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.tokens.PromptStats;
import dev.mlsd.composer.core.tokens.StatsCalculator;
import dev.mlsd.composer.core.tokens.TokenCounter;
import dev.mlsd.composer.core.tokens.TokenEncoding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stats}: characters, words and tokens of the assembled prompt and of each section. */
@Command(name = "stats", description = "Counts characters, words and tokens of the prompt and its sections.")
final class StatsCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "FILE.mlsd", description = "A project file.")
    Path project;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).", defaultValue = "text")
    LintCommand.Format format;

    StatsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Project loaded = RenderCommand.load(context, project);
        Template template = RenderCommand.templateOf(context, project, loaded);
        PromptStats stats = new StatsCalculator(new TokenCounter()).stats(template, loaded.sections());
        String out = format == LintCommand.Format.json ? json(stats) : text(stats);
        context.stdout().write(out.getBytes(StandardCharsets.UTF_8));
        context.stdout().flush();
        return Cli.OK;
    }

    private static String json(PromptStats stats) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("chars", stats.chars());
        root.put("words", stats.words());
        tokens(root.putObject("tokens"), stats.tokens());
        ObjectNode sections = root.putObject("sections");
        stats.sections().forEach((slot, section) -> {
            ObjectNode node = sections.putObject(slot);
            node.put("chars", section.chars());
            node.put("words", section.words());
            tokens(node.putObject("tokens"), section.tokens());
        });
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void tokens(ObjectNode node, Map<TokenEncoding, Integer> tokens) {
        for (TokenEncoding encoding : TokenEncoding.values()) {
            node.put(encoding.id(), tokens.get(encoding));
        }
    }

    private static String text(PromptStats stats) {
        StringBuilder out = new StringBuilder();
        out.append("prompt: ").append(line(stats.chars(), stats.words(), stats.tokens())).append('\n');
        stats.sections().forEach((slot, section) ->
                out.append(slot).append(": ").append(line(section.chars(), section.words(), section.tokens())).append('\n'));
        return out.toString();
    }

    private static String line(long chars, long words, Map<TokenEncoding, Integer> tokens) {
        StringBuilder line = new StringBuilder().append(chars).append(" chars, ").append(words).append(" words");
        for (TokenEncoding encoding : TokenEncoding.values()) {
            line.append(", ").append(tokens.get(encoding)).append(' ').append(encoding.id()).append(" tokens");
        }
        return line.toString();
    }
}
