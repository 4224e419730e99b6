package dev.mlsd.composer.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Markdown highlighting of one line at a time, so an edit restyles only the lines it touched.
 *
 * <p>Line-level constructs (ATX heading, block quote, code fence) style the whole line and suppress inline
 * styling. On every other line the list marker and the table pipes are marked, then inline constructs:
 * code spans, links, {@code {{placeholders}}}, bold and italic. Emphasis follows the CommonMark
 * delimiter-run rules (left/right flanking, intraword {@code _} never emphasizes, the "rule of 3"), so
 * {@code snake_case_name} stays plain. Backslash escapes ({@code \*}, {@code \{{}, ...) are plain text.
 *
 * <p>A hand-written scanner, linear in the length of the line; it never throws, whatever the input
 * (lone surrogates included). Run boundaries only ever fall next to ASCII characters, so a surrogate
 * pair is never split between two runs. Instances hold no state and may be shared.
 */
public final class MarkdownLineStyler {

    /** A run of {@code length} UTF-16 units with one style class ("" for plain text). */
    public record StyleRun(int length, String styleClass) {
    }

    private static final byte PLAIN = 0;
    private static final byte HEADING = 1;
    private static final byte QUOTE = 2;
    private static final byte FENCE = 3;
    private static final byte LIST = 4;
    private static final byte TABLE = 5;
    private static final byte BOLD = 6;
    private static final byte ITALIC = 7;
    private static final byte CODE = 8;
    private static final byte LINK = 9;
    private static final byte PLACEHOLDER = 10;

    /** Indexed by the byte codes above. */
    private static final List<String> CLASSES = List.of("", "md-heading", "md-quote", "md-fence", "md-list",
            "md-table", "md-bold", "md-italic", "md-code", "md-link", "md-placeholder");

    /**
     * Runs covering the whole line, in order; adjacent runs never share a style class; an empty line gives
     * an empty list. A {@code null} line is treated as empty.
     */
    public List<StyleRun> style(String line) {
        if (line == null || line.isEmpty()) {
            return List.of();
        }
        byte whole = wholeLineStyle(line);
        if (whole != PLAIN) {
            return List.of(new StyleRun(line.length(), CLASSES.get(whole)));
        }
        return new InlineScan(line).run();
    }

    /** Heading, quote or fence if the line is one, else {@link #PLAIN}. */
    private static byte wholeLineStyle(String line) {
        int n = line.length();
        int i = 0;
        while (i < n && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        if (i >= n) {
            return PLAIN;
        }
        char c = line.charAt(i);
        if (c == '#') {
            int j = i;
            while (j < n && line.charAt(j) == '#') {
                j++;
            }
            if (j - i <= 6 && (j == n || isSpaceOrTab(line.charAt(j)))) {
                return HEADING;
            }
            return PLAIN;
        }
        if (c == '>') {
            return QUOTE;
        }
        if ((c == '`' || c == '~') && i + 2 < n && line.charAt(i + 1) == c && line.charAt(i + 2) == c) {
            return FENCE;
        }
        return PLAIN;
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    private static boolean isIdStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    private static boolean isIdPart(char c) {
        return isIdStart(c) || isAsciiDigit(c) || c == '.' || c == '-';
    }

    /** Unicode whitespace in the CommonMark sense: Zs plus tab, line feed, form feed, carriage return. */
    private static boolean isUnicodeWhitespace(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\f' || cp == '\r' || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    /** Unicode punctuation in the CommonMark 0.31 sense: categories P and S. */
    private static boolean isUnicodePunctuation(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
            case Character.MATH_SYMBOL:
            case Character.CURRENCY_SYMBOL:
            case Character.MODIFIER_SYMBOL:
            case Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    /** A run of '*' or '_' that may open and/or close emphasis. */
    private static final class Delimiter {
        final char ch;
        final int start;
        final int length;
        final boolean canOpen;
        final boolean canClose;
        int remaining;

        Delimiter(char ch, int start, int length, boolean canOpen, boolean canClose) {
            this.ch = ch;
            this.start = start;
            this.length = length;
            this.canOpen = canOpen;
            this.canClose = canClose;
            this.remaining = length;
        }

        /** One of 12 kinds, for the "openers bottom" bound that keeps matching linear. */
        int kind() {
            return (ch == '*' ? 0 : 6) + (canOpen ? 3 : 0) + length % 3;
        }
    }

    /** The state of styling one line; used once. */
    private static final class InlineScan {
        private final String line;
        private final int n;
        /** Styles of atoms: list marker, table pipes, code, links, placeholders. They win over emphasis. */
        private final byte[] codes;
        private final List<Delimiter> delimiters = new ArrayList<>();
        /** Emphasis matches as (from, to, style) triples, inner before outer. */
        private final List<int[]> matches = new ArrayList<>();

        /** Backtick runs of the raw line, and for each the index of the next run of the same length (or -1). */
        private int[] runStart = new int[0];
        private int[] runLength = new int[0];
        private int[] nextSameLength = new int[0];
        private int runCount;
        private int runCursor;

        /** Cursors of "next index of this char at or after" searches; the queries only move right. */
        private int nextCloseBracket = -2;
        private int nextOpenBracket = -2;
        private int nextCloseParen = -2;

        InlineScan(String line) {
            this.line = line;
            this.n = line.length();
            this.codes = new byte[n];
        }

        List<StyleRun> run() {
            int start = markLinePrefix();
            boolean table = start < 0;
            if (table) {
                start = -start - 1;
            }
            indexBacktickRuns();
            scan(start, table);
            processEmphasis();
            return toRuns(paintEmphasis());
        }

        /**
         * Marks a list marker. Returns where inline scanning starts, or {@code -(start + 1)} for a table row
         * (whose pipes the scanner then marks).
         */
        private int markLinePrefix() {
            int i = 0;
            while (i < n && isSpaceOrTab(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return n;
            }
            char c = line.charAt(i);
            if (c == '|') {
                return -(i + 1);
            }
            if ((c == '-' || c == '*' || c == '+') && i + 1 < n && isSpaceOrTab(line.charAt(i + 1))) {
                codes[i] = LIST;
                return i + 1;
            }
            if (isAsciiDigit(c)) {
                int j = i;
                while (j < n && isAsciiDigit(line.charAt(j))) {
                    j++;
                }
                if (j - i <= 9 && j + 1 < n && (line.charAt(j) == '.' || line.charAt(j) == ')')
                        && isSpaceOrTab(line.charAt(j + 1))) {
                    for (int k = i; k <= j; k++) {
                        codes[k] = LIST;
                    }
                    return j + 1;
                }
            }
            return 0;
        }

        private void indexBacktickRuns() {
            if (line.indexOf('`') < 0) {
                return;
            }
            List<int[]> runs = new ArrayList<>();
            int i = 0;
            while (i < n) {
                if (line.charAt(i) == '`') {
                    int j = i;
                    while (j < n && line.charAt(j) == '`') {
                        j++;
                    }
                    runs.add(new int[] {i, j - i});
                    i = j;
                } else {
                    i++;
                }
            }
            runCount = runs.size();
            runStart = new int[runCount];
            runLength = new int[runCount];
            nextSameLength = new int[runCount];
            Map<Integer, Integer> nextByLength = new HashMap<>();
            for (int r = runCount - 1; r >= 0; r--) {
                runStart[r] = runs.get(r)[0];
                runLength[r] = runs.get(r)[1];
                nextSameLength[r] = nextByLength.getOrDefault(runLength[r], -1);
                nextByLength.put(runLength[r], r);
            }
        }

        /** The index of the backtick run that contains position i (which holds a backtick). */
        private int runAt(int i) {
            while (runCursor < runCount && runStart[runCursor] + runLength[runCursor] <= i) {
                runCursor++;
            }
            return runCursor < runCount && runStart[runCursor] <= i ? runCursor : -1;
        }

        private void scan(int from, boolean table) {
            int i = from;
            while (i < n) {
                char c = line.charAt(i);
                if (c == '\\') {
                    i = escape(i);
                } else if (c == '`') {
                    i = codeSpan(i);
                } else if (c == '[') {
                    i = link(i);
                } else if (c == '{' && i + 1 < n && line.charAt(i + 1) == '{') {
                    i = placeholder(i);
                } else if (c == '*' || c == '_') {
                    i = delimiterRun(i, c);
                } else {
                    if (c == '|' && table) {
                        codes[i] = TABLE;
                    }
                    i++;
                }
            }
        }

        /** A backslash escape stays plain: {@code \{{} (as in templates), {@code \`...}, or {@code \} + punctuation. */
        private int escape(int i) {
            if (i + 1 >= n) {
                return n;
            }
            char next = line.charAt(i + 1);
            if (next == '{' && i + 2 < n && line.charAt(i + 2) == '{') {
                return i + 3;
            }
            if (next == '`') {
                int r = runAt(i + 1);
                return r < 0 ? i + 2 : runStart[r] + runLength[r];
            }
            return isAsciiPunctuation(next) ? i + 2 : i + 1;
        }

        /** A code span: a backtick run up to the next run of the same length; unmatched runs are plain. */
        private int codeSpan(int i) {
            int r = runAt(i);
            if (r < 0) {
                return i + 1;
            }
            int end = runStart[r] + runLength[r];
            if (runStart[r] != i) {
                return end;
            }
            int close = nextSameLength[r];
            if (close < 0) {
                return end;
            }
            int spanEnd = runStart[close] + runLength[close];
            fill(i, spanEnd, CODE);
            return spanEnd;
        }

        /** {@code [text](url)} with no '[' inside the text; otherwise the '[' is plain. */
        private int link(int i) {
            int close = nextIndex(']', i + 1);
            if (close < 0 || close + 1 >= n || line.charAt(close + 1) != '(') {
                return i + 1;
            }
            int open = nextIndex('[', i + 1);
            if (open >= 0 && open < close) {
                return i + 1;
            }
            int paren = nextIndex(')', close + 2);
            if (paren < 0) {
                return i + 1;
            }
            fill(i, paren + 1, LINK);
            return paren + 1;
        }

        /** The index of the next {@code c} at or after {@code from}, or -1; linear over all calls. */
        private int nextIndex(char c, int from) {
            int cached = c == ']' ? nextCloseBracket : c == '[' ? nextOpenBracket : nextCloseParen;
            if (cached == -1 || (cached >= from && cached >= 0)) {
                return cached;
            }
            int found = from >= n ? -1 : line.indexOf(c, from);
            if (c == ']') {
                nextCloseBracket = found;
            } else if (c == '[') {
                nextOpenBracket = found;
            } else {
                nextCloseParen = found;
            }
            return found;
        }

        /** {@code {{ name }}} as the template parser reads it; a failed "{{" is plain, like the parser's. */
        private int placeholder(int i) {
            int j = i + 2;
            while (j < n && isSpaceOrTab(line.charAt(j))) {
                j++;
            }
            if (j >= n || !isIdStart(line.charAt(j))) {
                return i + 2;
            }
            j++;
            while (j < n && isIdPart(line.charAt(j))) {
                j++;
            }
            while (j < n && isSpaceOrTab(line.charAt(j))) {
                j++;
            }
            if (j + 1 < n && line.charAt(j) == '}' && line.charAt(j + 1) == '}') {
                fill(i, j + 2, PLACEHOLDER);
                return j + 2;
            }
            return i + 2;
        }

        /** Records a run of '*' or '_' with its CommonMark flanking properties. */
        private int delimiterRun(int i, char c) {
            int end = i;
            while (end < n && line.charAt(end) == c) {
                end++;
            }
            int before = i == 0 ? -1 : line.codePointBefore(i);
            int after = end >= n ? -1 : line.codePointAt(end);
            boolean beforeSpace = before < 0 || isUnicodeWhitespace(before);
            boolean afterSpace = after < 0 || isUnicodeWhitespace(after);
            boolean beforePunct = before >= 0 && isUnicodePunctuation(before);
            boolean afterPunct = after >= 0 && isUnicodePunctuation(after);
            boolean leftFlanking = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
            boolean rightFlanking = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
            boolean canOpen;
            boolean canClose;
            if (c == '*') {
                canOpen = leftFlanking;
                canClose = rightFlanking;
            } else {
                canOpen = leftFlanking && (!rightFlanking || beforePunct);
                canClose = rightFlanking && (!leftFlanking || afterPunct);
            }
            if (canOpen || canClose) {
                delimiters.add(new Delimiter(c, i, end - i, canOpen, canClose));
            }
            return end;
        }

        /** CommonMark's "process emphasis", with a per-kind lower bound so that it stays linear. */
        private void processEmphasis() {
            List<Delimiter> openers = new ArrayList<>();
            int[] bottom = new int[12];
            for (Delimiter closer : delimiters) {
                if (closer.canClose) {
                    while (closer.remaining > 0) {
                        int kind = closer.kind();
                        int found = -1;
                        for (int k = openers.size() - 1; k >= bottom[kind]; k--) {
                            Delimiter opener = openers.get(k);
                            if (opener.ch != closer.ch) {
                                continue;
                            }
                            boolean oddMatch = (closer.canOpen || opener.canClose) && closer.length % 3 != 0
                                    && (opener.length + closer.length) % 3 == 0;
                            if (!oddMatch) {
                                found = k;
                                break;
                            }
                        }
                        if (found < 0) {
                            bottom[kind] = openers.size();
                            break;
                        }
                        Delimiter opener = openers.get(found);
                        int use = opener.remaining >= 2 && closer.remaining >= 2 ? 2 : 1;
                        int from = opener.start + opener.remaining - use;
                        int to = closer.start + closer.length - closer.remaining + use;
                        matches.add(new int[] {from, to, use == 2 ? BOLD : ITALIC});
                        opener.remaining -= use;
                        closer.remaining -= use;
                        int keep = opener.remaining > 0 ? found + 1 : found;
                        openers.subList(keep, openers.size()).clear();
                        for (int b = 0; b < bottom.length; b++) {
                            bottom[b] = Math.min(bottom[b], keep);
                        }
                    }
                }
                if (closer.remaining > 0 && closer.canOpen) {
                    openers.add(closer);
                }
            }
        }

        /**
         * Paints the matches, inner before outer, each cell once (the innermost emphasis wins), then lays the
         * atoms over them. Union-find over "next unpainted cell" keeps this near-linear for deep nesting.
         */
        private byte[] paintEmphasis() {
            if (matches.isEmpty()) {
                return codes;
            }
            byte[] emphasis = new byte[n];
            int[] nextFree = new int[n + 1];
            for (int k = 0; k <= n; k++) {
                nextFree[k] = k;
            }
            for (int[] m : matches) {
                byte style = (byte) m[2];
                int x = find(nextFree, m[0]);
                while (x < m[1]) {
                    emphasis[x] = style;
                    nextFree[x] = x + 1;
                    x = find(nextFree, x + 1);
                }
            }
            for (int k = 0; k < n; k++) {
                if (codes[k] != PLAIN) {
                    emphasis[k] = codes[k];
                }
            }
            return emphasis;
        }

        private static int find(int[] parent, int x) {
            int root = x;
            while (parent[root] != root) {
                root = parent[root];
            }
            while (parent[x] != root) {
                int next = parent[x];
                parent[x] = root;
                x = next;
            }
            return root;
        }

        private void fill(int from, int to, byte style) {
            for (int k = from; k < to; k++) {
                codes[k] = style;
            }
        }

        private static List<StyleRun> toRuns(byte[] styles) {
            List<StyleRun> runs = new ArrayList<>();
            int start = 0;
            for (int k = 1; k <= styles.length; k++) {
                if (k == styles.length || styles[k] != styles[start]) {
                    runs.add(new StyleRun(k - start, CLASSES.get(styles[start])));
                    start = k;
                }
            }
            return Collections.unmodifiableList(runs);
        }
    }
}
