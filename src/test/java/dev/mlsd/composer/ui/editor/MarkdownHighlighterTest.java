package dev.mlsd.composer.ui.editor;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The highlighter on a real section area in a window: which blocks an edit restyles, and how. */
@ExtendWith(ApplicationExtension.class)
class MarkdownHighlighterTest {

    private SectionArea area;
    /** [start, end) of each change that restyled the text without changing it. */
    private final List<int[]> restyled = new ArrayList<>();

    @Start
    void start(Stage stage) {
        area = new SectionArea();
        MarkdownHighlighter highlighter = new MarkdownHighlighter(area);
        area.plainTextChanges().subscribe(highlighter::restyle);
        area.richChanges().filter(change -> change.isPlainTextIdentity())
                .subscribe(change -> restyled.add(new int[] {change.getPosition(), change.getInsertionEnd()}));
        stage.setScene(new Scene(area, 400, 300));
        stage.show();
    }

    private void setText(String text) {
        onFx(() -> {
            area.replaceText(text);
            restyled.clear();
            return null;
        });
    }

    private void insert(int at, String text) {
        onFx(() -> {
            area.insertText(at, text);
            return null;
        });
    }

    private String style(String text, int at) {
        return onFx(() -> area.getStyleOfChar(at).toString());
    }

    @Test
    void emphasisAcrossLinesRestylesItsWholeParagraphAndNoMore() {
        String text = "first *x*\n\n**open\nclose end\n\nlast *y*";
        setText(text);
        assertThat(style(text, text.indexOf("open"))).isEqualTo("[]");
        insert(text.indexOf(" end"), "**");
        String now = onFx(() -> area.getText());
        assertThat(style(now, now.indexOf("open"))).isEqualTo("[md-bold]");
        assertThat(style(now, now.indexOf("close"))).isEqualTo("[md-bold]");
        int paragraphStart = now.indexOf("**open");
        int paragraphEnd = now.indexOf(" end") + " end".length();
        assertThat(restyled).isNotEmpty().allSatisfy(range -> {
            assertThat(range[0]).isGreaterThanOrEqualTo(paragraphStart);
            assertThat(range[1]).isLessThanOrEqualTo(paragraphEnd);
        });
        assertThat(style(now, now.indexOf("x*"))).isEqualTo("[md-italic]");
    }

    @Test
    void aFenceWithBlankLinesInsideIsCodeWhereverItIsEdited() {
        String text = "```\ncode\n\n# not a heading\n```\n\n# heading";
        setText(text);
        assertThat(style(text, text.indexOf("not a"))).contains("md-fence");
        insert(text.indexOf("# not"), "x");
        String now = onFx(() -> area.getText());
        assertThat(style(now, now.indexOf("x# not"))).contains("md-fence");
        assertThat(style(now, now.indexOf("not a"))).contains("md-fence");
        assertThat(style(now, now.lastIndexOf("heading"))).isEqualTo("[md-heading]");
    }

    @Test
    void openingAFenceMakesTheLinesBelowCodeAndClosingItGivesThemBack() {
        String text = "intro\n\n# one\n\ntext *x*\n\n# two";
        setText(text);
        insert(0, "```\n");
        String open = onFx(() -> area.getText());
        assertThat(style(open, open.indexOf("one"))).contains("md-fence");
        assertThat(style(open, open.indexOf("two"))).contains("md-fence");
        insert(open.indexOf("\n\n# one"), "\n```");
        String closed = onFx(() -> area.getText());
        assertThat(style(closed, closed.indexOf("intro"))).contains("md-fence");
        assertThat(style(closed, closed.indexOf("one"))).isEqualTo("[md-heading]");
        assertThat(style(closed, closed.indexOf("x*"))).isEqualTo("[md-italic]");
        assertThat(style(closed, closed.indexOf("two"))).isEqualTo("[md-heading]");
    }

    @Test
    void typingInsideAnOpenFenceRestylesOnlyTheLineTyped() {
        String text = "```\na\n\nb\n\n" + "c *x*\n\n".repeat(50);
        setText(text);
        int at = text.indexOf("b");
        insert(at, "y");
        assertThat(restyled).hasSize(1);
        assertThat(restyled.get(0)[0]).isEqualTo(at);
        assertThat(restyled.get(0)[1]).isEqualTo(at + "yb".length());
        String now = onFx(() -> area.getText());
        assertThat(style(now, at)).contains("md-fence");
        assertThat(style(now, now.lastIndexOf("x*"))).contains("md-fence");
    }

    @Test
    void anIndentedParagraphOfAListItemIsNotReadAsCode() {
        String text = "- item\n\n    more *x*";
        setText(text);
        insert(text.length(), " z");
        String now = onFx(() -> area.getText());
        assertThat(style(now, now.indexOf("more"))).isEqualTo("[]");
        assertThat(style(now, now.indexOf("x*"))).isEqualTo("[md-italic]");
        assertThat(style(now, 0)).isEqualTo("[md-list]");
    }

    @Test
    void typingInALongListWithoutBlankLinesRestylesOnlyTheItemTyped() {
        String text = "- item *x*\n".repeat(2000) + "# end";
        setText(text);
        int line = 1000;
        int at = line * "- item *x*\n".length() + "- item".length();
        insert(at, "s");
        assertThat(restyled).hasSize(1);
        assertThat(restyled.get(0)[0]).isEqualTo(at - "- item".length());
        assertThat(restyled.get(0)[1]).isEqualTo(at - "- item".length() + "- items *x*".length());
        assertThat(style(text, at + " *".length() + 1)).isEqualTo("[md-italic]");
        assertThat(style(text, at - "- item".length())).isEqualTo("[md-list]");
    }

    @Test
    void aLongParagraphIsReadAroundTheEditOnly() {
        String line = "line *x*\n";
        String text = line.repeat(1000) + "a *b\nc d\n" + line.repeat(1000);
        setText(text);
        int open = text.indexOf("a *b");
        assertThat(style(text, open + 3)).isEqualTo("[]");
        insert(text.indexOf("c d") + 1, "*");
        assertThat(style(text, open + 3)).as("an emphasis over two lines, closed on the second").isEqualTo("[md-italic]");
        int reach = MarkdownHighlighter.REACH_LINES * line.length();
        assertThat(restyled).isNotEmpty().allSatisfy(range -> {
            assertThat(range[0]).isGreaterThanOrEqualTo(open - reach);
            assertThat(range[1]).isLessThanOrEqualTo(open + "a *b\nc* d\n".length() + reach);
        });
        assertThat(style(text, text.length() - 3)).isEqualTo("[md-italic]");
    }
}
