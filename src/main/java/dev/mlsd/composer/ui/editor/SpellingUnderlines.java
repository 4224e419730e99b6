package dev.mlsd.composer.ui.editor;

import dev.mlsd.composer.core.spelling.Misspelling;
import dev.mlsd.composer.core.spelling.ProseWindow;
import dev.mlsd.composer.core.spelling.SkippedRanges;
import dev.mlsd.composer.core.spelling.SpellChecker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.util.Duration;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * Underlines the misspelt words of one text area (any {@link StyleClassedTextArea}, a
 * {@code CodeArea} too) with the style class {@value #STYLE_CLASS}, laid over whatever styling
 * the area has. The text is checked on the spelling threads a piece at a time, the visible
 * paragraphs first; after an edit only the paragraphs it touched are checked again, once typing
 * pauses. A result for a text that has changed since is not shown; its piece is checked again.
 */
public final class SpellingUnderlines {

    /** The style class of a misspelt word (wavy underline in {@code app.css}). */
    public static final String STYLE_CLASS = "spell-error";

    /** Largest piece of text checked at once, so that no result holds up a frame for long. */
    static final int PIECE = 16 * 1024;

    private static final String SHOWN = "mlsd.spelling.shown";
    private static final Duration PAUSE = Duration.millis(250);

    private final StyleClassedTextArea area;
    private final Supplier<String> text;
    private final SpellingService service;
    private final DirtyRanges dirty = new DirtyRanges();
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private final ChangeListener<Boolean> onToggle = (obs, was, on) -> toggled(on);
    private final ChangeListener<Number> onWords = (obs, was, now) -> checkAll();
    private final ChangeListener<Boolean> onReady = (obs, was, ready) -> checkAll();
    private long revision;
    private String snapshot;
    private long snapshotRevision = -1;
    private boolean checking;

    private SpellingUnderlines(StyleClassedTextArea area, Supplier<String> text, SpellingService service) {
        this.area = area;
        this.text = text;
        this.service = service;
        pause.setOnFinished(e -> checkNext());
        area.plainTextChanges().subscribe(this::edited);
        service.enabledProperty().addListener(new WeakChangeListener<>(onToggle));
        service.wordsRevisionProperty().addListener(new WeakChangeListener<>(onWords));
        // Weakly: an area made for a document that is no longer shown must not be kept by the service.
        service.readyProperty().addListener(new WeakChangeListener<>(onReady));
        checkAll();
    }

    /**
     * Underlines the misspelt words of {@code area}, reading its whole text with {@code text} (called
     * on the FX thread for each piece checked, so it should be cheap: the model's copy of the text).
     * The area's own styling, if it restyles text, must keep this class: see {@link #keep}.
     */
    public static SpellingUnderlines attach(StyleClassedTextArea area, Supplier<String> text, SpellingService service) {
        return new SpellingUnderlines(area, text, service);
    }

    /** Underlines the misspelt words of {@code area}, reading its text from the area itself. */
    public static SpellingUnderlines attach(StyleClassedTextArea area, SpellingService service) {
        return attach(area, area::getText, service);
    }

    /** Whether everything there is to check has been checked (for tests and benchmarks). */
    public boolean isIdle() {
        return !checking && (dirty.isEmpty() || !service.enabledProperty().get() || service.checker() == null);
    }

    /**
     * {@code styled}, spans meant for {@code area} from {@code start}, with the underlines the area
     * shows there now added back, except on the word(s) in {@code [editFrom, editTo)}, which are
     * being typed and are checked again shortly (-1 for no edit). For stylers that replace an area's spans.
     */
    public static StyleSpans<Collection<String>> keep(StyleClassedTextArea area, int start, StyleSpans<Collection<String>> styled,
                                                      int editFrom, int editTo) {
        if (!area.getProperties().containsKey(SHOWN) || styled.length() == 0) {
            return styled;
        }
        int end = start + styled.length();
        StyleSpans<Collection<String>> now = area.getStyleSpans(start, end);
        int[] word = editFrom < 0 ? new int[] {-1, -1} : wordAround(area, editFrom, editTo);
        StyleSpansBuilder<Collection<String>> marks = new StyleSpansBuilder<>();
        int at = start;
        boolean any = false;
        for (var span : now) {
            boolean underlined = span.getStyle().contains(STYLE_CLASS);
            int spanEnd = at + span.getLength();
            int cutFrom = Math.max(at, word[0]);
            int cutTo = Math.min(spanEnd, word[1]);
            if (underlined && cutFrom < cutTo) {
                marks.add(List.of(STYLE_CLASS), cutFrom - at);
                marks.add(List.of(), cutTo - cutFrom);
                marks.add(List.of(STYLE_CLASS), spanEnd - cutTo);
            } else {
                marks.add(underlined ? List.of(STYLE_CLASS) : List.of(), span.getLength());
            }
            any |= underlined;
            at = spanEnd;
        }
        return any ? withMarks(styled, marks.create()) : styled;
    }

    /** Checks the whole text again (switched on, or the accepted words changed). */
    private void checkAll() {
        if (!service.enabledProperty().get() || service.checker() == null) {
            return;
        }
        dirty.clear();
        dirty.add(0, area.getLength());
        checkNext();
    }

    private void toggled(boolean on) {
        if (on) {
            checkAll();
        } else {
            dirty.clear();
            pause.stop();
            clearAll();
        }
    }

    private void edited(PlainTextChange change) {
        revision++;
        if (!service.enabledProperty().get()) {
            return;
        }
        dirty.shift(change.getPosition(), change.getRemoved().length(), change.getInserted().length());
        int first = area.offsetToPosition(change.getPosition(), Bias.Forward).getMajor();
        int last = area.offsetToPosition(change.getInsertionEnd(), Bias.Backward).getMajor();
        dirty.add(area.getAbsolutePosition(first, 0), area.getAbsolutePosition(last, 0) + area.getParagraphLength(last));
        pause.playFromStart();
    }

    /** Checks the next piece: the first one still to check among the visible paragraphs, else the first one. */
    private void checkNext() {
        SpellChecker checker = service.checker();
        if (checking || checker == null || !service.enabledProperty().get() || pause.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            return;
        }
        int[] range = dirty.next(visibleStart(), visibleEnd());
        if (range == null) {
            snapshot = null; // all checked: no copy of the text kept until the next edit
            snapshotRevision = -1;
            return;
        }
        int length = area.getLength();
        int from = Math.min(range[0], length);
        int to = Math.min(range[1], Math.min(length, from + PIECE));
        if (to < range[1] && to < length) {
            int paragraph = area.offsetToPosition(to, Bias.Backward).getMajor();
            to = area.getAbsolutePosition(paragraph, 0) + area.getParagraphLength(paragraph);
        }
        if (to <= from) {
            dirty.remove(range[0], range[1]);
            checkNext();
            return;
        }
        if (snapshotRevision != revision) {
            snapshot = text.get();
            snapshotRevision = revision;
        }
        String whole = snapshot;
        long checkedRevision = revision;
        int start = from;
        int end = to;
        checking = true;
        service.run(() -> check(checker, whole, start, end), found -> {
            checking = false;
            if (checkedRevision == revision && service.enabledProperty().get()) {
                show(start, end, found);
                dirty.remove(start, end);
            }
            checkNext();
        }, failed -> {
            checking = false;
            dirty.remove(start, end);
            checkNext();
        });
    }

    /** The misspellings in {@code [from, to)} of {@code whole}; on a spelling thread. */
    private static List<Misspelling> check(SpellChecker checker, String whole, int from, int to) {
        ProseWindow window = ProseWindow.around(whole, from, to);
        String piece = window.of(whole);
        int shift = window.start();
        List<Misspelling> found = new ArrayList<>();
        for (Misspelling m : checker.check(piece, SkippedRanges.of(piece), from - shift, to - shift)) {
            found.add(new Misspelling(m.word(), m.start() + shift, m.end() + shift));
        }
        return found;
    }

    /** Sets the underlines of {@code [from, to)} to exactly {@code found}, in one change of the area's spans. */
    private void show(int from, int to, List<Misspelling> found) {
        StyleSpans<Collection<String>> now = area.getStyleSpans(from, to);
        boolean had = false;
        for (var span : now) {
            had |= span.getStyle().contains(STYLE_CLASS);
        }
        if (!had && found.isEmpty()) {
            return;
        }
        StyleSpansBuilder<Collection<String>> marks = new StyleSpansBuilder<>();
        int at = from;
        for (Misspelling m : found) {
            int start = Math.max(m.start(), at);
            int end = Math.min(m.end(), to);
            if (end > start) {
                marks.add(List.of(), start - at);
                marks.add(List.of(STYLE_CLASS), end - start);
                at = end;
            }
        }
        marks.add(List.of(), to - at);
        area.getProperties().put(SHOWN, Boolean.TRUE);
        StyleSpans<Collection<String>> wanted = withMarks(now.mapStyles(SpellingUnderlines::without), marks.create());
        // Restyle only what changed: a whole text checked again (a word added to the list) mostly
        // finds the same words, and restyling unchanged paragraphs only makes garbage for the collector.
        int[] changed = UnderlineChange.between(now, wanted);
        if (changed != null) {
            area.setStyleSpans(from + changed[0], wanted.subView(changed[0], changed[1]));
        }
    }

    /** Takes every underline away, one change per run of paragraphs that had one. */
    private void clearAll() {
        if (!area.getProperties().containsKey(SHOWN)) {
            return;
        }
        int count = area.getParagraphs().size();
        int runStart = -1;
        for (int p = 0; p <= count; p++) {
            boolean underlined = p < count && area.getParagraph(p).getStyleSpans().stream()
                    .anyMatch(span -> span.getStyle().contains(STYLE_CLASS));
            if (underlined && runStart < 0) {
                runStart = p;
            } else if (!underlined && runStart >= 0) {
                int from = area.getAbsolutePosition(runStart, 0);
                int to = area.getAbsolutePosition(p - 1, 0) + area.getParagraphLength(p - 1);
                if (to > from) {
                    area.setStyleSpans(from, area.getStyleSpans(from, to).mapStyles(SpellingUnderlines::without));
                }
                runStart = -1;
            }
        }
        area.getProperties().remove(SHOWN);
    }

    /** Where the paragraphs on screen begin; 0 when none is (the area not laid out yet, or out of sight). */
    private int visibleStart() {
        if (area.getVisibleParagraphs().isEmpty()) {
            return 0;
        }
        return area.getAbsolutePosition(area.firstVisibleParToAllParIndex(), 0);
    }

    /** Where the paragraphs on screen end; 0 when none is. */
    private int visibleEnd() {
        if (area.getVisibleParagraphs().isEmpty()) {
            return 0;
        }
        int last = area.lastVisibleParToAllParIndex();
        return area.getAbsolutePosition(last, 0) + area.getParagraphLength(last);
    }

    /** The range of the word(s) around {@code [from, to)} in the area's text. */
    private static int[] wordAround(StyleClassedTextArea area, int from, int to) {
        int length = area.getLength();
        int start = Math.max(0, Math.min(from, length));
        int end = Math.max(start, Math.min(to, length));
        while (start > 0 && Character.isLetterOrDigit(area.getText(start - 1, start).charAt(0))) {
            start--;
        }
        while (end < length && Character.isLetterOrDigit(area.getText(end, end + 1).charAt(0))) {
            end++;
        }
        return new int[] {start, end};
    }

    private static StyleSpans<Collection<String>> withMarks(StyleSpans<Collection<String>> styled, StyleSpans<Collection<String>> marks) {
        return styled.overlay(marks, (style, mark) -> {
            if (mark.isEmpty() || style.contains(STYLE_CLASS)) {
                return style;
            }
            List<String> both = new ArrayList<>(style);
            both.add(STYLE_CLASS);
            return both;
        });
    }

    private static Collection<String> without(Collection<String> style) {
        if (!style.contains(STYLE_CLASS)) {
            return style;
        }
        List<String> rest = new ArrayList<>(style);
        rest.remove(STYLE_CLASS);
        return rest;
    }
}
