package dev.mlsd.composer.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCountsTest {

    @Test
    void countsCodePointsNotUtf16Units() {
        assertThat(TextCounts.of("😀ab").chars()).isEqualTo(3);
        assertThat(TextCounts.of("").chars()).isZero();
    }

    @Test
    void wordsAreMaximalRunsOfLettersAndDigits() {
        assertThat(TextCounts.of("PR-AUC на 2024-01 данных").words()).isEqualTo(6);
        assertThat(TextCounts.of("  ... !!! ").words()).isZero();
        assertThat(TextCounts.of("x1y2 z").words()).isEqualTo(2);
        assertThat(TextCounts.of("снизить отток").words()).isEqualTo(2);
    }

    @Test
    void addsUp() {
        assertThat(TextCounts.of("a b").plus(TextCounts.of("cd"))).isEqualTo(new TextCounts(5, 3));
    }
}
