package dev.mlsd.composer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlsd.composer.core.answer.AnswerCheck;
import dev.mlsd.composer.core.history.VersionDiff;
import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.AnswerSpec;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Version;
import dev.mlsd.composer.core.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code versions}: the versions of a project, oldest first, with their answers and what each answer covers. */
@Command(name = "versions", description = "Lists the versions of a project and their answers, oldest first.")
final class VersionsCommand implements Callable<Integer> {

    private final CliContext context;
    private final Map<String, Optional<AnswerCheck>> checks = new HashMap<>();

    @Parameters(paramLabel = "FILE.mlsd", description = "A project file.")
    Path project;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).", defaultValue = "text")
    LintCommand.Format format;

    VersionsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Project loaded = RenderCommand.load(context, project);
        String out = format == LintCommand.Format.json ? json(loaded.history()) : text(loaded.history());
        context.stdout().write(out.getBytes(StandardCharsets.UTF_8));
        context.stdout().flush();
        return Cli.OK;
    }

    private String json(History history) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode versions = root.putArray("versions");
        for (Version version : history.versions()) {
            ObjectNode node = versions.addObject();
            node.put("number", version.number());
            node.put("label", version.label());
            node.put("created", version.created().toString());
            node.putObject("tokens").put("o200k_base", version.tokens());
            node.put("prompt_sha256", sha256(ProjectFile.prompt(context, project, version)));
            ArrayNode answers = node.putArray("answers");
            for (Answer answer : history.answersOf(version.number())) {
                ObjectNode a = answers.addObject();
                a.put("id", answer.id());
                a.put("model", answer.model());
                a.put("created", answer.created().toString());
                a.put("accepted", history.isAccepted(answer));
                a.put("chars", answer.text().codePointCount(0, answer.text().length()));
                ArrayNode covers = a.putArray("covers");
                ArrayNode lacks = a.putArray("lacks");
                check(version).ifPresent(check -> {
                    AnswerCheck.Coverage coverage = check.check(answer.text());
                    coverage.covers().forEach(p -> covers.add(p.id()));
                    coverage.lacks().forEach(p -> lacks.add(p.id()));
                });
            }
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private String text(History history) {
        StringBuilder out = new StringBuilder();
        for (Version version : history.versions()) {
            out.append(version.number()).append('\t').append(version.created()).append('\t').append(version.tokens()).append(" tokens\t")
                    .append(history.answersOf(version.number()).size()).append(" answers\t")
                    .append(version.label() == null ? "-" : version.label()).append('\t')
                    .append(VersionDiff.summaryLine(history.previous(version.number()).orElse(null), version)).append('\n');
            for (Answer answer : history.answersOf(version.number())) {
                out.append("  answer ").append(answer.id()).append('\t').append(answer.created()).append('\t')
                        .append(answer.model() == null ? "-" : answer.model()).append('\t')
                        .append(history.isAccepted(answer) ? "accepted" : "-");
                check(version).ifPresent(check -> {
                    AnswerCheck.Coverage coverage = check.check(answer.text());
                    out.append('\t').append(coverage.covers().size()).append('/').append(check.spec().parts().size()).append(" parts");
                    if (!coverage.lacks().isEmpty()) {
                        out.append("; lacks: ").append(String.join(", ", coverage.lacks().stream().map(AnswerSpec.ExpectedPart::id).toList()));
                    }
                });
                out.append('\n');
            }
        }
        if (history.versions().isEmpty()) {
            context.stderr().println("note: " + project + " has no versions yet");
        }
        return out.toString();
    }

    /** The checks of answers to {@code version}, from the template copy it was made with. */
    private Optional<AnswerCheck> check(Version version) {
        return checks.computeIfAbsent(version.templateSource(), source -> {
            try {
                return AnswerCheck.specFor(context.templates().parse(source), context.templates()).map(AnswerCheck::new);
            } catch (TemplateException e) {
                return Optional.empty();
            }
        });
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
