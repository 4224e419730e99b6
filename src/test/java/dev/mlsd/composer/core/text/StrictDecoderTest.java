package dev.mlsd.composer.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StrictDecoderTest {

    @Test
    void saysWhereTheFirstBadByteIs() throws Exception {
        byte[] text = "абв".getBytes(StandardCharsets.UTF_8);
        assertThat(StrictDecoder.decodeOrLocate(text, StandardCharsets.UTF_8)).isEqualTo("абв");
        byte[] cut = Arrays.copyOf(text, 5);
        assertThatThrownBy(() -> StrictDecoder.decodeOrLocate(cut, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(StrictDecoder.InvalidBytes.class, e -> {
                    assertThat(e.offset()).isEqualTo(4);
                    assertThat(e.onlyInTheLast(3)).isTrue();
                });
        byte[] early = text.clone();
        early[1] = 'x';
        assertThatThrownBy(() -> StrictDecoder.decodeOrLocate(early, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(StrictDecoder.InvalidBytes.class, e -> {
                    assertThat(e.offset()).isZero();
                    assertThat(e.onlyInTheLast(3)).isFalse();
                });
        assertThat(StrictDecoder.decode(early, StandardCharsets.UTF_8)).isNull();
    }

    @Test
    void aByteOrderMarkIsDroppedOnlyAtTheStart() {
        assertThat(ByteOrderMark.dropFrom("\uFEFFa\uFEFF")).isEqualTo("a\uFEFF");
        String plain = "a";
        assertThat(ByteOrderMark.dropFrom(plain)).isSameAs(plain);
        assertThat(ByteOrderMark.dropFrom("")).isEmpty();
    }
}
