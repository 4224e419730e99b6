package dev.mlsd.composer.core.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseWindowTest {

    @Test
    void reachesTheBlankLinesAroundTheRange() {
        String text = "first para\n\nsecond line one\nsecond `code\nspan` two\n\nthird";
        int at = text.indexOf("two");
        ProseWindow window = ProseWindow.around(text, at, at + 3);
        assertThat(window.of(text)).isEqualTo("second line one\nsecond `code\nspan` two");
    }

    @Test
    void startsAtTheFenceTheRangeIsIn() {
        String text = "intro\n\n```\ncode line\n\nmore code wrongg\n```\n\nafter";
        int at = text.indexOf("wrongg");
        ProseWindow window = ProseWindow.around(text, at, at + 6);
        assertThat(window.start()).isEqualTo(text.indexOf("```"));
        String piece = window.of(text);
        int inPiece = at - window.start();
        assertThat(SkippedRanges.of(piece).overlaps(inPiece, inPiece + 6)).as("still code in the window").isTrue();
    }

    @Test
    void aClosedFenceAboveLeavesTheStartAlone() {
        String text = "```\ncode\n```\n\nprose here";
        int at = text.indexOf("here");
        assertThat(ProseWindow.around(text, at, at + 4).of(text)).isEqualTo("prose here");
    }

    @Test
    void findsTheWordAtAnOffset() {
        String text = "одна ошибкка, two";
        assertThat(SpellChecker.wordAt(text, text.indexOf("шибк")).orElseThrow().text()).isEqualTo("ошибкка");
        assertThat(SpellChecker.wordAt(text, text.indexOf(",") + 1)).isEmpty();
        assertThat(SpellChecker.wordAt(text, text.length()).orElseThrow().text()).isEqualTo("two");
    }
}
