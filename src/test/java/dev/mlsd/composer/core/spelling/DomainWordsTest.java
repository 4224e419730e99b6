package dev.mlsd.composer.core.spelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The domain list: each word goes to the dictionary of its script, flags kept, ё read as е. */
class DomainWordsTest {

    @Test
    void wordsAreSplitByScriptWithTheirFlags() {
        DomainWords words = DomainWords.parse("# comment\n\nоффер/K\nCatBoost\n  зелёнка/I  \nquantile/MS\n");
        assertThat(words.dicFile(Language.RU)).isEqualTo("2\nоффер/K\nзеленка/I\n");
        assertThat(words.dicFile(Language.EN)).isEqualTo("2\nCatBoost\nquantile/MS\n");
    }

    @Test
    void aWordMixingScriptsIsRefused() {
        assertThatThrownBy(() -> DomainWords.parse("ML-модель\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ML-модель");
    }

    @Test
    void theShippedListReads() {
        assertThat(DomainWords.builtIn().dicFile(Language.RU)).contains("\nоффер/K\n", "\nлогистический/AZ\n");
        assertThat(DomainWords.builtIn().dicFile(Language.EN)).contains("\nCatBoost\n");
    }
}
