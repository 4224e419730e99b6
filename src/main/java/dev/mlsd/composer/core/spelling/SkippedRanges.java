package dev.mlsd.composer.core.spelling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The parts of a section's Markdown that are not prose and so are not spell-checked: code spans
 * and code blocks (from commonmark-java's source spans, so a backtick inside a code block is not
 * taken for a span), HTML tags, URLs, e-mail addresses, link destinations and {@code {{…}}}
 * placeholders. Immutable; computed once per text and reused for every range checked in it.
 */
public final class SkippedRanges {

    private static final Pattern NOT_PROSE = Pattern.compile(
            "\\{\\{.*?}}"                                   // template placeholders
                    + "|(?:https?|ftp)://[^\\s<>()\\[\\]]+"     // URLs
                    + "|www\\.[^\\s<>()\\[\\]]+"
                    + "|(?<![\\w.+-])[\\w.+-]++@[\\w-]+(?:\\.[\\w-]+)+"  // e-mail addresses, tried once a word
                    + "|\\]\\([^)\\s]*\\)"                      // [text](destination)
                    + "|</?[A-Za-z][^<>\\n]*>");                // HTML tags, also where commonmark sees none

    private final int[] starts;
    private final int[] ends;

    private SkippedRanges(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** Nothing skipped. */
    public static SkippedRanges none() {
        return new SkippedRanges(new int[0], new int[0]);
    }

    /** The non-prose ranges of {@code markdown}. */
    public static SkippedRanges of(String markdown) {
        List<int[]> ranges = new ArrayList<>();
        Node document = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build().parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Code code) {
                add(code);
            }

            @Override
            public void visit(FencedCodeBlock block) {
                add(block);
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                add(block);
            }

            @Override
            public void visit(HtmlInline html) {
                add(html);
            }

            @Override
            public void visit(LinkReferenceDefinition definition) {
                add(definition);
            }

            private void add(Node node) {
                for (SourceSpan span : node.getSourceSpans()) {
                    ranges.add(new int[] {span.getInputIndex(), span.getInputIndex() + span.getLength()});
                }
            }
        });
        Matcher m = NOT_PROSE.matcher(markdown);
        while (m.find()) {
            ranges.add(new int[] {m.start(), m.end()});
        }
        return merged(ranges);
    }

    private static SkippedRanges merged(List<int[]> ranges) {
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] starts = new int[ranges.size()];
        int[] ends = new int[ranges.size()];
        int n = 0;
        for (int[] r : ranges) {
            if (n > 0 && r[0] <= ends[n - 1]) {
                ends[n - 1] = Math.max(ends[n - 1], r[1]);
            } else {
                starts[n] = r[0];
                ends[n] = r[1];
                n++;
            }
        }
        return new SkippedRanges(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /** Whether {@code [start, end)} overlaps a skipped range. */
    public boolean overlaps(int start, int end) {
        int i = Arrays.binarySearch(starts, end);
        int candidate = i >= 0 ? i - 1 : -i - 2;
        return candidate >= 0 && ends[candidate] > start;
    }
}
