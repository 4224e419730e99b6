package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.core.text.TextCounts;
import dev.mlsd.composer.core.tokens.TokenCounter;
import dev.mlsd.composer.core.tokens.TokenEncoding;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.i18n.Messages;
import java.lang.ref.WeakReference;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.util.Duration;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The words, characters and tokens of the selection in the text area that has (or last had) the
 * focus, an editor or the preview, for the status bar. Tokens are counted off the FX thread once
 * the selection stops changing; so are words and characters of a big selection.
 */
public final class SelectionCounts {

    /** Up to this many characters, words and characters are counted on the spot: a fraction of a millisecond. */
    static final int COUNT_AT_ONCE = 20_000;
    private static final Duration SETTLE = Duration.millis(150);

    /** What is known of a selection: {@code text} is null and {@code tokens} negative while still being counted. */
    record Counts(TextCounts text, int tokens, TokenEncoding encoding) {
    }

    private final Background background;
    private final TokenCounter tokens;
    private final Supplier<TokenEncoding> encoding;
    private final ObjectProperty<Counts> counts = new SimpleObjectProperty<>();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final ChangeListener<IndexRange> onSelection = (obs, old, now) -> selectionChanged();
    private final StringBinding text;
    // Weak: an editor of a project that was closed must not be kept alive by the status bar.
    private WeakReference<GenericStyledArea<?, ?, ?>> area = new WeakReference<>(null);
    private long generation;

    public SelectionCounts(Background background, TokenCounter tokens, Supplier<TokenEncoding> encoding, Messages messages) {
        this.background = background;
        this.tokens = tokens;
        this.encoding = encoding;
        settle.setOnFinished(e -> countOffThread());
        text = Bindings.createStringBinding(() -> format(counts.get(), messages), counts, messages.localeProperty());
    }

    /** The status bar's text for the selection, empty when nothing is selected. */
    public StringBinding textProperty() {
        return text;
    }

    /** Follows the selection of {@code focusOwner} when it is a text area; other owners (the find bar) leave it as it is. */
    public void follow(Node focusOwner) {
        if (!(focusOwner instanceof GenericStyledArea<?, ?, ?> styled) || styled == area.get()) {
            return;
        }
        GenericStyledArea<?, ?, ?> previous = area.get();
        if (previous != null) {
            previous.selectionProperty().removeListener(onSelection);
        }
        area = new WeakReference<>(styled);
        styled.selectionProperty().addListener(onSelection);
        selectionChanged();
    }

    private void selectionChanged() {
        generation++;
        GenericStyledArea<?, ?, ?> now = area.get();
        IndexRange range = now == null ? new IndexRange(0, 0) : now.getSelection();
        if (range.getLength() == 0) {
            settle.stop();
            counts.set(null);
            return;
        }
        TextCounts quick = range.getLength() <= COUNT_AT_ONCE ? TextCounts.of(now.getText(range)) : null;
        counts.set(new Counts(quick, -1, encoding.get()));
        settle.playFromStart();
    }

    private void countOffThread() {
        GenericStyledArea<?, ?, ?> now = area.get();
        if (now == null || now.getSelection().getLength() == 0) {
            return;
        }
        long asked = generation;
        String selected = now.getText(now.getSelection());
        TokenEncoding used = encoding.get();
        background.run(() -> new Counts(TextCounts.of(selected), tokens.count(used, selected), used), done -> {
            if (asked == generation) {
                counts.set(done);
            }
        }, failed -> {
            // Counting text held in memory does not fail in practice; the quick counts stay shown.
        });
    }

    private static String format(Counts c, Messages messages) {
        if (c == null) {
            return "";
        }
        if (c.text() == null) {
            return messages.get("status.selection.counting");
        }
        if (c.tokens() < 0) {
            return messages.get("status.selection.countingTokens", c.text().words(), c.text().chars());
        }
        return messages.get("status.selection", c.text().words(), c.text().chars(), c.tokens(), c.encoding().id());
    }
}
