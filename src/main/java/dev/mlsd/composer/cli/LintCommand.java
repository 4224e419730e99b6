package dev.mlsd.composer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.core.lint.Finding;
import dev.mlsd.composer.core.lint.Lexicon;
import dev.mlsd.composer.core.lint.Linter;
import dev.mlsd.composer.core.lint.Severity;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.spelling.IgnoreList;
import dev.mlsd.composer.core.spelling.SpellChecker;
import dev.mlsd.composer.core.spelling.SpellingDictionaries;
import dev.mlsd.composer.core.spelling.SpellingFinding;
import dev.mlsd.composer.core.spelling.SpellingLint;
import dev.mlsd.composer.core.spelling.UserDictionary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lint}: the completeness checks of a project; exit 1 when any finding is an error. */
@Command(name = "lint", description = "Checks a project's sections; exits 1 when a finding is an error.")
final class LintCommand implements Callable<Integer> {

    enum Format { text, json }

    enum Lang { ru, en }

    private final CliContext context;

    @Parameters(paramLabel = "FILE.mlsd", description = "A project file.")
    Path project;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).", defaultValue = "text")
    Format format;

    @Option(names = "--lang", paramLabel = "ru|en", description = "Language of the messages (default: the system's).")
    Lang lang;

    @Option(names = "--spelling", description = "Also check the sections' spelling, Russian and English (findings of rule 'spelling', severity info).")
    boolean spelling;

    LintCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Project loaded = RenderCommand.load(context, project);
        Template template = RenderCommand.templateOf(context, project, loaded);
        Locale locale = lang == null ? Locale.getDefault() : Locale.forLanguageTag(lang.name());
        List<Finding> findings = new ArrayList<>(new Linter(Lexicon.builtIn()).lint(template, loaded.sections(), locale));
        Map<Finding, List<String>> suggestions = new IdentityHashMap<>();
        if (spelling) {
            for (SpellingFinding f : new SpellingLint(spellChecker()).lint(template, loaded.sections(), locale)) {
                findings.add(f.finding());
                suggestions.put(f.finding(), f.suggestions());
            }
        }
        String out = format == Format.json ? json(findings, suggestions) : text(findings, suggestions, template, locale);
        context.stdout().write(out.getBytes(StandardCharsets.UTF_8));
        context.stdout().flush();
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? Cli.LINT_ERRORS : Cli.OK;
    }

    /** The dictionaries and the user's own words from the config folder; a broken user file is bad input. */
    private SpellChecker spellChecker() {
        Path file = context.dirs().config().resolve(UserDictionary.FILE_NAME);
        UserDictionary user = new UserDictionary(file, new AtomicFileWriter());
        try {
            user.load();
        } catch (BadInputException e) {
            throw CliError.about(file, e.getMessage());
        }
        ExecutorService loaders = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "spelling-dictionaries");
            t.setDaemon(true);
            return t;
        });
        try {
            return new SpellingDictionaries(loaders, user, new IgnoreList()).checker().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            loaders.shutdown();
        }
    }

    static String json(List<Finding> findings, Map<Finding, List<String>> suggestions) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (Finding f : findings) {
            ObjectNode node = array.addObject();
            node.put("rule", f.rule());
            node.put("severity", f.severity().id());
            if (f.slot() == null) {
                node.putNull("slot");
            } else {
                node.put("slot", f.slot());
            }
            node.put("message", f.message());
            node.put("why", f.why());
            node.put("start", f.start());
            node.put("end", f.end());
            List<String> fixes = suggestions.get(f);
            if (fixes != null) {
                ArrayNode list = node.putArray("suggestions");
                fixes.forEach(list::add);
            }
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
    }

    private static String text(List<Finding> findings, Map<Finding, List<String>> suggestions, Template template, Locale locale) {
        boolean ru = "ru".equals(locale.getLanguage());
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            String where = f.slot() == null ? "template" : template.slot(f.slot()).map(s -> s.title()).orElse(f.slot());
            out.append(f.severity().id()).append(": ").append(where).append(": ").append(f.message())
                    .append(" [").append(f.rule()).append("]\n");
            out.append("  ").append(ru ? "почему: " : "why: ").append(f.why()).append('\n');
            List<String> fixes = suggestions.get(f);
            if (fixes != null && !fixes.isEmpty()) {
                out.append("  ").append(ru ? "варианты: " : "suggestions: ").append(String.join(", ", fixes)).append('\n');
            }
        }
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.size() - errors - warnings;
        out.append(ru ? "ошибок: " + errors + ", предупреждений: " + warnings + ", замечаний: " + infos
                : errors + " error(s), " + warnings + " warning(s), " + infos + " note(s)").append('\n');
        return out.toString();
    }
}
