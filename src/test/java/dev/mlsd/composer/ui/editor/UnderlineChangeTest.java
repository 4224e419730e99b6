package dev.mlsd.composer.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

class UnderlineChangeTest {

    private static final List<String> PLAIN = List.of();
    private static final List<String> HEADING = List.of("md-heading");
    private static final List<String> MISSPELT = List.of("spell-error");

    @SafeVarargs
    private static StyleSpans<Collection<String>> spans(Object... lengthThenStyle) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        for (int i = 0; i < lengthThenStyle.length; i += 2) {
            @SuppressWarnings("unchecked")
            Collection<String> style = (Collection<String>) lengthThenStyle[i + 1];
            builder.add(style, (Integer) lengthThenStyle[i]);
        }
        return builder.create();
    }

    @Test
    void theSameUnderlinesCutDifferentlyChangeNothing() {
        var now = spans(5, PLAIN, 4, MISSPELT, 11, PLAIN);
        var wanted = spans(2, PLAIN, 3, PLAIN, 4, MISSPELT, 6, PLAIN, 5, PLAIN);

        assertThat(UnderlineChange.between(now, wanted)).isNull();
    }

    @Test
    void theOrderOfStyleClassesDoesNotCount() {
        var now = spans(3, List.of("spell-error", "md-heading"), 7, PLAIN);
        var wanted = spans(3, List.of("md-heading", "spell-error"), 7, PLAIN);

        assertThat(UnderlineChange.between(now, wanted)).isNull();
    }

    @Test
    void onlyTheRangeFromTheFirstToTheLastDifferenceIsRestyled() {
        var now = spans(10, HEADING, 5, MISSPELT, 20, PLAIN, 5, PLAIN);
        var wanted = spans(10, HEADING, 5, PLAIN, 20, PLAIN, 3, MISSPELT, 2, PLAIN);

        assertThat(UnderlineChange.between(now, wanted)).containsExactly(10, 38);
    }

    @Test
    void aNewUnderlineAtTheEndIsFound() {
        var now = spans(30, PLAIN);
        var wanted = spans(26, PLAIN, 4, MISSPELT);

        assertThat(UnderlineChange.between(now, wanted)).containsExactly(26, 30);
    }
}
