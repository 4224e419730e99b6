package dev.mlsd.composer.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real, filled design documents of the corpus, split into sections by hand: they must pass. */
class CorpusLintTest {

    private final Linter linter = new Linter(Lexicon.builtIn());
    private final TemplateLibrary templates = new TemplateLibrary(new TemplateParser());

    private static String section(String document, String slot) throws IOException {
        try (InputStream in = CorpusLintTest.class.getResourceAsStream("/corpus/sections/" + document + "/" + slot + ".md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"04_ru_ru_mansi_translation", "08_ru_downtime_cost_marketplace", "10_en_downtime_cost_marketplace", "14_en_imageauthai"})
    void filledDocumentsHaveNoErrorsAndAtMostThreeWarnings(String document) throws IOException {
        Map<String, String> sections = Map.of("problem", section(document, "problem"), "metrics", section(document, "metrics"),
                "data", section(document, "data"));
        Locale locale = document.contains("_ru_") ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        List<Finding> findings = linter.lint(templates.defaultTemplate(), sections, locale);
        System.out.println(document + ": " + findings.stream().map(f -> f.severity().id() + " " + f.slot() + " " + f.rule()).toList());
        assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(findings.stream().filter(f -> f.severity() == Severity.WARNING)).hasSizeLessThanOrEqualTo(3);
    }
}
