package dev.mlsd.composer.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void turnsCrLfAndLoneCrIntoLf() {
        assertThat(TextNormalizer.normalize("a\r\nb\rc\n\r\n")).isEqualTo("a\nb\nc\n\n");
    }

    @Test
    void replacesLoneSurrogatesButKeepsPairs() {
        String emoji = "\uD83D\uDE00";
        assertThat(TextNormalizer.normalize("x\uD800y" + emoji + "\uDC00")).isEqualTo("x\uFFFDy" + emoji + "\uFFFD");
        assertThat(TextNormalizer.normalize("end\uD83D")).isEqualTo("end\uFFFD");
    }

    @Test
    void returnsNormalTextUnchanged() {
        String text = "Привет, мир\n😀 {{x}}";
        assertThat(TextNormalizer.normalize(text)).isSameAs(text);
        assertThat(TextNormalizer.isNormal(text)).isTrue();
        assertThat(TextNormalizer.isNormal("a\r\n")).isFalse();
    }

    @Test
    void treatsNullAsEmpty() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
    }
}
