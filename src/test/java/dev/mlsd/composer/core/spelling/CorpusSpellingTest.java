package dev.mlsd.composer.core.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real design documents of the corpus, full of ML and business jargon in both languages: a
 * correctly written project gets at most three findings, and what is found is a real slip.
 */
class CorpusSpellingTest {

    private static SpellChecker checker;

    @BeforeAll
    static void load(@TempDir Path dir) {
        UserDictionary user = new UserDictionary(dir.resolve(UserDictionary.FILE_NAME), new AtomicFileWriter());
        checker = new SpellingDictionaries(ForkJoinPool.commonPool(), user, new IgnoreList()).checker().join();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CorpusSpellingTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> sectionFindings(String document) throws IOException {
        List<String> found = new ArrayList<>();
        for (String slot : List.of("problem", "metrics", "data")) {
            checker.check(resource("/corpus/sections/" + document + "/" + slot + ".md")).forEach(m -> found.add(m.word()));
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"01_ru_reliableml_template", "02_en_eugeneyan_template", "04_ru_ru_mansi_translation",
            "10_en_downtime_cost_marketplace", "14_en_imageauthai"})
    void aCorrectlyWrittenProjectHasAtMostThreeFindings(String document) throws IOException {
        assertThat(sectionFindings(document)).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void theOneSurnameLeftIsWhatTheMansiDocumentGets() throws IOException {
        // Two people's surnames, which no dictionary has: the user adds such names once.
        assertThat(sectionFindings("04_ru_ru_mansi_translation")).containsExactly("Афанасьева", "Собянина");
    }

    @Test
    void theMarketplaceDocumentsRealSlipsAreFoundAndNothingElse() throws IOException {
        // Its sections were written in a hurry: "логгируется" for логируется, "маркеплейса" for
        // маркетплейса, "инциндента" for инцидента, "беинцидентных" for безынцидентных, "ip" for IP.
        assertThat(sectionFindings("08_ru_downtime_cost_marketplace"))
                .containsExactly("логгируется", "логгируется", "маркеплейса", "инциндента", "беинцидентных", "ip");
    }

    @Test
    void wholeDocumentsGetOnlyNamesAndSlips() throws IOException {
        assertThat(words("/corpus/10_en_downtime_cost_marketplace.md")).isEmpty();
        assertThat(words("/corpus/14_en_imageauthai.md")).isEmpty();
        assertThat(words("/corpus/01_ru_reliableml_template.md")).isEmpty();
        assertThat(words("/corpus/02_en_eugeneyan_template.md")).containsExactly("unknows", "Automattic");
        assertThat(words("/corpus/04_ru_ru_mansi_translation.md")).containsExactly("Афанасьева", "Собянина", "Gisting");
        assertThat(words("/corpus/08_ru_downtime_cost_marketplace.md")).containsOnly("Куляскин", "Вашкевич",
                "логгируется", "маркеплейса", "инциндента", "беинцидентных", "ip", "инцидентамита");
    }

    private static List<String> words(String resource) throws IOException {
        return checker.check(resource(resource)).stream().map(Misspelling::word).toList();
    }
}
