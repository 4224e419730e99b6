package dev.mlsd.composer.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.text.TextSearch.Match;
import dev.mlsd.composer.core.text.TextSearch.Options;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    private static final Options PLAIN = new Options(false, false, false);

    @Test
    void findsEveryOccurrenceIgnoringCaseByDefault() {
        TextSearch search = TextSearch.of("метрика", PLAIN);
        assertThat(search.find("Метрика и метрика, МЕТРИКА", 100).list())
                .containsExactly(new Match(0, 7), new Match(10, 17), new Match(19, 26));
    }

    @Test
    void matchCaseKeepsOnlyTheExactCase() {
        TextSearch search = TextSearch.of("Recall", new Options(true, false, false));
        assertThat(search.find("recall Recall RECALL", 100).list()).containsExactly(new Match(7, 13));
    }

    @Test
    void wholeWordSkipsPartsOfWordsInAnyScript() {
        TextSearch latin = TextSearch.of("auc", new Options(false, true, false));
        assertThat(latin.find("ROC-AUC, aucroc, auc_x, auc.", 100).list()).containsExactly(new Match(4, 7), new Match(24, 27));
        TextSearch cyrillic = TextSearch.of("кот", new Options(false, true, false));
        assertThat(cyrillic.find("котёл кот скот", 100).list()).containsExactly(new Match(6, 9));
    }

    @Test
    void aLiteralNeedleIsNotARegularExpression() {
        TextSearch search = TextSearch.of("a.b(", PLAIN);
        assertThat(search.error()).isEmpty();
        assertThat(search.find("axb( a.b(", 100).list()).containsExactly(new Match(5, 9));
    }

    @Test
    void aBadPatternIsReportedAsAValue() {
        TextSearch search = TextSearch.of("([a-", new Options(false, false, true));
        assertThat(search.error()).get().asString().isNotBlank();
        assertThat(search.usable()).isFalse();
        assertThat(search.find("([a-", 100).list()).isEmpty();
        assertThat(search.replaceAll("([a-", "x").failed()).isTrue();
    }

    @Test
    void emptyNeedleAndEmptyMatchesFindNothing() {
        assertThat(TextSearch.of("", PLAIN).find("abc", 100).list()).isEmpty();
        assertThat(TextSearch.of("x*", new Options(false, false, true)).find("abxxc", 100).list()).containsExactly(new Match(2, 4));
    }

    @Test
    void theLimitCutsTheSearchAndSaysSo() {
        TextSearch.Matches matches = TextSearch.of("a", PLAIN).find("aaaaa", 3);
        assertThat(matches.list()).hasSize(3);
        assertThat(matches.truncated()).isTrue();
        assertThat(TextSearch.of("a", PLAIN).find("aaa", 3).truncated()).isFalse();
    }

    @Test
    void regexReplacementUsesGroups() {
        TextSearch search = TextSearch.of("(\\w+)@(\\w+)", new Options(false, false, true));
        TextSearch.Replaced replaced = search.replaceAll("me@home, you@work", "$2:$1");
        assertThat(replaced.text()).isEqualTo("home:me, work:you");
        assertThat(replaced.count()).isEqualTo(2);
    }

    @Test
    void literalReplacementKeepsDollarsAndBackslashes() {
        TextSearch.Replaced replaced = TextSearch.of("price", PLAIN).replaceAll("price, Price", "$1\\");
        assertThat(replaced.text()).isEqualTo("$1\\, $1\\");
    }

    @Test
    void aReplacementNamingAMissingGroupIsReportedAsAValue() {
        TextSearch search = TextSearch.of("(a)", new Options(false, false, true));
        TextSearch.Replaced replaced = search.replaceAll("aaa", "$7");
        assertThat(replaced.failed()).isTrue();
        assertThat(replaced.text()).isEqualTo("aaa");
    }

    @Test
    void replacementForOneMatchSeesItsContext() {
        TextSearch search = TextSearch.of("(\\d+)", new Options(false, true, true));
        String text = "v1 12 x3";
        TextSearch.Replaced one = search.replacementFor(text, new Match(3, 5), "<$1>");
        assertThat(one.text()).isEqualTo("<12>");
        assertThat(search.replacementFor(text, new Match(1, 2), "x").failed()).as("not a whole-word match").isTrue();
    }
}
