package dev.mlsd.composer.core.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The headings of a Markdown document, as CommonMark reads them, with exact offsets into the text, so
 * that a section's body can be cut out of the document byte for byte ({@link #body(Heading)}), never
 * re-rendered.
 *
 * <p>What is a heading is left to commonmark-java: {@code #Text} without a space is not one, {@code #}
 * lines in fenced code (closed or not) or in YAML front matter are not, up to three spaces of indent are
 * allowed, and headings inside block quotes and list items count.
 */
public final class DocumentOutline {

    /** commonmark-java parsers are thread-safe once built. */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(YamlFrontMatterExtension.create(), TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    /** Reads a title's Markdown as a single paragraph of inlines (no block syntax: "1. X" is not a list). */
    private static final Parser INLINE_PARSER = Parser.builder().enabledBlockTypes(Set.of()).build();

    private static final Set<String> TOC_TITLES = Set.of(
            "содержание", "оглавление", "содержание документа", "оглавление документа",
            "table of contents", "table of content", "contents", "toc");

    private final String text;
    private final List<Heading> headings;
    private final boolean[] inBlockQuote;
    private final boolean[] inListItem;

    private DocumentOutline(String text, List<Heading> headings, boolean[] inBlockQuote, boolean[] inListItem) {
        this.text = text;
        this.headings = headings;
        this.inBlockQuote = inBlockQuote;
        this.inListItem = inListItem;
    }

    /**
     * Parses {@code text} (line breaks already normalized to {@code \n}; it may hold YAML front matter,
     * GFM tables and HTML).
     */
    public static DocumentOutline parse(String text) {
        Objects.requireNonNull(text, "text");
        Node document = PARSER.parse(text);
        int[] lineStarts = lineStarts(text);

        List<org.commonmark.node.Heading> nodes = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(document);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof org.commonmark.node.Heading heading) {
                if (!heading.getSourceSpans().isEmpty()) {
                    nodes.add(heading);
                }
                continue;
            }
            // push children in reverse so that they pop in document order
            List<Node> children = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof org.commonmark.node.Block) {
                    children.add(child);
                }
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }

        int n = nodes.size();
        int[] levels = new int[n];
        int[] starts = new int[n];
        int[] bodyStarts = new int[n];
        int[] lines = new int[n];
        int[] containerEnds = new int[n];
        boolean[] quoted = new boolean[n];
        boolean[] listed = new boolean[n];
        String[] texts = new String[n];
        for (int i = 0; i < n; i++) {
            org.commonmark.node.Heading node = nodes.get(i);
            List<SourceSpan> spans = node.getSourceSpans();
            int firstLine = spans.get(0).getLineIndex();
            int lastLine = spans.get(spans.size() - 1).getLineIndex();
            levels[i] = node.getLevel();
            lines[i] = firstLine + 1;
            starts[i] = lineStart(lineStarts, firstLine, text.length());
            bodyStarts[i] = lineStart(lineStarts, lastLine + 1, text.length());
            containerEnds[i] = text.length();
            Node container = null;
            for (Node parent = node.getParent(); parent != null && !(parent instanceof Document); parent = parent.getParent()) {
                if (parent instanceof BlockQuote) {
                    quoted[i] = true;
                }
                if (parent instanceof ListItem) {
                    listed[i] = true;
                }
                if (container == null && !parent.getSourceSpans().isEmpty()) {
                    container = parent;
                }
            }
            if (container != null) {
                List<SourceSpan> containerSpans = container.getSourceSpans();
                int containerLast = containerSpans.get(containerSpans.size() - 1).getLineIndex();
                containerEnds[i] = Math.max(bodyStarts[i], lineStart(lineStarts, containerLast + 1, text.length()));
            }
            texts[i] = collapse(flatten(node)).strip();
        }

        // a section ends at the next heading of the same or a higher level: one pass with a stack of open sections
        int[] ends = new int[n];
        Arrays.fill(ends, text.length());
        int[] open = new int[n];
        int depth = 0;
        for (int j = 0; j < n; j++) {
            while (depth > 0 && levels[open[depth - 1]] >= levels[j]) {
                ends[open[--depth]] = starts[j];
            }
            open[depth++] = j;
        }

        List<Heading> headings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int end = Math.max(bodyStarts[i], Math.min(ends[i], containerEnds[i]));
            String title = normalizePlainTitle(texts[i]);
            headings.add(new Heading(i, levels[i], texts[i], title, lines[i], starts[i], bodyStarts[i], end,
                    isTableOfContentsTitle(title)));
        }
        return new DocumentOutline(text, Collections.unmodifiableList(headings), quoted, listed);
    }

    /** The text given to {@link #parse(String)}. */
    public String text() {
        return text;
    }

    /** Every heading, in document order; {@code headings().get(h.index()) == h}. */
    public List<Heading> headings() {
        return headings;
    }

    /** The section under {@code heading} without the heading itself, exactly as in the document (sub-headings included). */
    public String body(Heading heading) {
        return text.substring(heading.bodyStart(), heading.end());
    }

    /** The heading's own line(s) as written, setext underline included, with the final line break. */
    public String source(Heading heading) {
        return text.substring(heading.start(), heading.bodyStart());
    }

    /** Whether the heading's section has nothing but whitespace. */
    public boolean isBlank(Heading heading) {
        for (int i = heading.bodyStart(); i < heading.end(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the heading stands inside a block quote ({@code > ## ...}). */
    public boolean inBlockQuote(Heading heading) {
        return inBlockQuote[checked(heading)];
    }

    /** Whether the heading stands inside a list item ({@code - ## ...}). */
    public boolean inListItem(Heading heading) {
        return inListItem[checked(heading)];
    }

    private int checked(Heading heading) {
        int i = heading.index();
        if (i < 0 || i >= headings.size() || !headings.get(i).equals(heading)) {
            throw new IllegalArgumentException("not a heading of this outline: " + heading);
        }
        return i;
    }

    /** Whether a normalized title names a table of contents ("содержание", "оглавление", "table of contents", "contents", "toc"). */
    public static boolean isTableOfContentsTitle(String normalizedTitle) {
        return TOC_TITLES.contains(normalizedTitle);
    }

    // ---------------------------------------------------------------- titles

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200B\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    /** Emoji and other symbols, section signs, bullets before the title proper. */
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[\\p{So}\\p{Sk}\\p{Cs}\\uFE0F\\u200D§№#•·▪►▶→\\s]+");
    private static final Pattern TRAILING_SYMBOLS = Pattern.compile("[\\p{So}\\p{Cs}\\uFE0F\\u200D\\s]+$");
    private static final String ROMAN = "(?:x{0,3}(?:ix|iv|v?i{0,3}))";
    private static final String ARABIC = "\\d{1,3}(?:\\.\\d{1,3})*";
    /** "1.", "1.1", "1.1.", "2.3.1", "1)"; a number without a dot or parenthesis only before a space. */
    private static final Pattern NUMBERING = Pattern.compile("^" + ARABIC + "(?:[.)]\\s*|\\s+|$)");
    /** "i.", "iv.", "xii." (the title is lower-cased by then), only before a space or the end. */
    private static final Pattern ROMAN_NUMBERING = Pattern.compile("^(?=[ivx])" + ROMAN + "\\.(?:\\s+|$)");
    /** "этап 2.", "этап 1 -", "stage 1:", "step 1 -", "шаг 1.", "part ii." … */
    private static final Pattern STAGE_PREFIX = Pattern.compile(
            "^(?:этап|шаг|стадия|фаза|часть|раздел|глава|stage|step|phase|part|section|chapter)\\s*(?:"
                    + ARABIC + "|(?=[ivx])" + ROMAN + ")\\s*(?:[.:)-]\\s*|\\s+|$)");
    private static final Pattern TRAILING = Pattern.compile("[\\s:.\\uFF1A]+$");

    /**
     * Normalizes a title written in Markdown ({@code **1. Problem definition**}, {@code <a name="x"></a>2. Метрики},
     * {@code 3\. Данные}): reads it as inline Markdown (emphasis and code markers gone, escapes and entities resolved,
     * inline HTML dropped), then {@link #normalizePlainTitle(String)}.
     */
    public static String normalizeTitle(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return normalizePlainTitle(flatten(INLINE_PARSER.parse(markdown)));
    }

    /**
     * Normalizes a title that is already plain text (such as {@link Heading#text()}): collapses whitespace,
     * unifies dashes, lower-cases (ё → е), strips leading symbols and numbering ({@code 1.}, {@code 1.1},
     * {@code 2.3.1}, {@code IV.}, {@code Этап 1 —}, {@code Stage 1:}, {@code Шаг 1.} …, repeatedly) and
     * trailing colons, dots and spaces. Numbering that is all there is stays.
     */
    public static String normalizePlainTitle(String plain) {
        if (plain == null) {
            return "";
        }
        String title = collapse(DASHES.matcher(plain).replaceAll("-")).strip()
                .toLowerCase(Locale.ROOT).replace('ё', 'е');
        title = TRAILING.matcher(title).replaceAll("");
        while (true) {
            String stripped = strip(LEADING_SYMBOLS, title);
            stripped = strip(NUMBERING, stripped);
            stripped = strip(ROMAN_NUMBERING, stripped);
            stripped = strip(STAGE_PREFIX, stripped);
            stripped = TRAILING.matcher(TRAILING_SYMBOLS.matcher(stripped).replaceAll("")).replaceAll("").strip();
            if (stripped.isEmpty() || stripped.equals(title)) {
                return title;
            }
            title = stripped;
        }
    }

    private static String strip(Pattern prefix, String title) {
        Matcher m = prefix.matcher(title);
        if (m.find() && m.end() > 0) {
            String rest = title.substring(m.end()).strip();
            return rest.isEmpty() ? title : rest;
        }
        return title;
    }

    private static String collapse(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ");
    }

    /** The literal text of a node's inlines: Text and Code literals, line breaks as spaces, inline HTML skipped. */
    static String flatten(Node node) {
        StringBuilder out = new StringBuilder();
        Deque<Node> stack = new ArrayDeque<>();
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
            stack.push(child);
        }
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof Text t) {
                out.append(t.getLiteral());
            } else if (n instanceof Code c) {
                out.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append(' ');
            } else if (n instanceof HtmlInline) {
                // anchors and other tags are not part of the title
            } else {
                for (Node child = n.getLastChild(); child != null; child = child.getPrevious()) {
                    stack.push(child);
                }
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- lines

    /** Line starts as CommonMark counts lines: a line ends at {@code \n}, {@code \r\n} or a lone {@code \r}. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int lineStart(int[] lineStarts, int lineIndex, int length) {
        return lineIndex < lineStarts.length ? lineStarts[lineIndex] : length;
    }
}
