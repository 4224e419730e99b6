package dev.mlsd.composer.core.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What of a section's Markdown is not prose. */
class SkippedRangesTest {

    private static boolean skipped(String text, String part) {
        int at = text.indexOf(part);
        return SkippedRanges.of(text).overlaps(at, at + part.length());
    }

    @Test
    void codeSpansAndBlocksButNotTheProseAroundThem() {
        String text = "Текст `kod` и ``двойной `вложенный` код``.\n\n```python\nfitt()\n```\n\n    отступ кода\n\nконец";
        assertThat(skipped(text, "kod")).isTrue();
        assertThat(skipped(text, "вложенный")).isTrue();
        assertThat(skipped(text, "fitt")).isTrue();
        assertThat(skipped(text, "python")).isTrue();
        assertThat(skipped(text, "отступ")).isTrue();
        assertThat(skipped(text, "Текст")).isFalse();
        assertThat(skipped(text, "конец")).isFalse();
    }

    @Test
    void urlsLinkDestinationsPlaceholdersAndTags() {
        String text = "См. https://exmple.org/a_b?x=1 и [ссылку](docs/rdme.md), {{problem}}, <span clas=\"x\">да</span>, mail@exmple.org.";
        assertThat(skipped(text, "exmple.org/a_b")).isTrue();
        assertThat(skipped(text, "rdme")).isTrue();
        assertThat(skipped(text, "problem")).isTrue();
        assertThat(skipped(text, "clas")).isTrue();
        assertThat(skipped(text, "mail")).isTrue();
        assertThat(skipped(text, "ссылку")).isFalse();
        int inTag = text.indexOf(">да<") + 1;
        assertThat(SkippedRanges.of(text).overlaps(inTag, inTag + 2)).isFalse();
        assertThat(skipped(text, "См")).isFalse();
    }

    @Test
    void aBacktickInsideACodeBlockOpensNoSpan() {
        String text = "```\na ` b\n```\n\nслово ` не код";
        assertThat(skipped(text, "слово")).isFalse();
    }
}
