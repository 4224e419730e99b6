package dev.mlsd.composer.core.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker over the real dictionaries: what it reports, what it leaves alone, what it suggests. */
class SpellCheckerTest {

    private static SpellChecker checker;
    private static UserDictionary user;
    private static IgnoreList ignored;

    @BeforeAll
    static void load(@TempDir Path dir) {
        user = new UserDictionary(dir.resolve(UserDictionary.FILE_NAME), new AtomicFileWriter());
        ignored = new IgnoreList();
        checker = new SpellingDictionaries(ForkJoinPool.commonPool(), user, ignored).checker().join();
    }

    private static List<String> words(String text) {
        return checker.check(text).stream().map(Misspelling::word).toList();
    }

    @Test
    void findsTyposInBothLanguagesWithTheirRanges() {
        String text = "Модель с метрекой ROC-AUC и recal выше бейзлайна.";
        List<Misspelling> found = checker.check(text);
        assertThat(found).extracting(Misspelling::word).containsExactly("метрекой", "recal");
        Misspelling first = found.get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("метрекой");
    }

    @Test
    void eachWordIsCheckedInTheLanguageOfItsScript() {
        assertThat(words("Считаем latency и throughput пайплайна; the model scores users.")).isEmpty();
        assertThat(words("модель")).isEmpty();
        assertThat(words("model")).isEmpty();
        // A Russian word with a Latin letter inside (here "о") is a real slip.
        assertThat(words("мoдель")).containsExactly("мoдель");
    }

    @Test
    void codeUrlsPlaceholdersDigitsAndAbbreviationsAreSkipped() {
        String text = "Вызываем `fitt_modell()` и\n\n```\nprnt(dtaa)\n```\n\nсм. https://exmple.com/pth и {{slotte}}, "
                + "версии v2beta, SHAP, GANs, NVMe, CatBoost, LigthGBMx и <span clas=\"x\">текст</span>.";
        assertThat(words(text)).isEmpty();
    }

    @Test
    void domainWordsAreKnownInTheirInflectedForms() {
        assertThat(words("оффер, офферы, офферов, оффером; скоринг, скоринга; фича, фичи, фичей; "
                + "датасет, датасетов; биллинг, таргета, офлайн, объяснимость, объяснимости, логистической регрессии")).isEmpty();
        assertThat(words("Офферов")).isEmpty();
        assertThat(words("Внутри русского текста: ROC-AUC, baseline, CatBoost, latency, pipeline, таргет, биллинга.")).isEmpty();
    }

    @Test
    void yoAndYeAreOneLetter() {
        assertThat(words("ещё еще её ее объём объем зелёный зеленый")).isEmpty();
    }

    @Test
    void hyphenatedWordsAreCheckedWholeOrByParts() {
        assertThat(words("какой-то ML-модель кросс-валидация русско-английский pre-trained A/B-тест")).isEmpty();
        assertThat(words("ML-модетль")).containsExactly("ML-модетль");
    }

    @Test
    void suggestionsKeepTheWordsCaseAndAreAtMostFive() {
        assertThat(checker.suggestions("Метрекой")).contains("Метрикой").hasSizeLessThanOrEqualTo(5);
        assertThat(checker.suggestions("метрекой")).contains("метрикой");
        assertThat(checker.suggestions("recal")).contains("recall").hasSizeLessThanOrEqualTo(5);
        assertThat(checker.suggestions("Modell")).contains("Model");
    }

    @Test
    void rangesCheckOnlyTheWordsTheyTouchAndWholeWordsAtTheirEdges() {
        String text = "первое слвоо\nвторое слвоо\nтретье";
        int second = text.indexOf("второе");
        List<Misspelling> found = checker.check(text, SkippedRanges.of(text), second + 9, second + 10);
        assertThat(found).containsExactly(new Misspelling("слвоо", second + 7, second + 12));
        assertThat(checker.check(text, SkippedRanges.of(text), 0, text.length())).hasSize(2);
    }

    @Test
    void ignoredWordsAreNotReportedForTheSession() {
        assertThat(words("Куляскин")).containsExactly("Куляскин");
        ignored.ignore("куляскин");
        assertThat(words("Куляскин")).isEmpty();
        assertThat(checker.isCorrect("Куляскин")).isTrue();
    }
}
