package dev.mlsd.composer.core.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that changed inside a changed line (or any two texts), as character ranges to mark:
 * the texts are cut into words, runs of spaces and single other characters, and java-diff-utils
 * finds the shortest change between those.
 */
public final class WordMarks {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+|\\s+|.", Pattern.DOTALL);

    /** A range {@code [start, end)} of characters. */
    public record Range(int start, int end) {
    }

    /** The ranges removed from {@code before} and those added in {@code after}, each in order. */
    public record Marks(List<Range> removed, List<Range> added) {
        public Marks {
            removed = List.copyOf(removed);
            added = List.copyOf(added);
        }
    }

    private record Token(String text, int start, int end) {
    }

    private WordMarks() {
    }

    public static Marks between(String before, String after) {
        List<Token> a = tokens(before);
        List<Token> b = tokens(after);
        List<Range> removed = new ArrayList<>();
        List<Range> added = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(texts(a), texts(b)).getDeltas()) {
            range(a, delta.getSource().getPosition(), delta.getSource().size(), removed);
            range(b, delta.getTarget().getPosition(), delta.getTarget().size(), added);
        }
        return new Marks(removed, added);
    }

    /** How many words (letters or digits) {@code after} adds and removes relative to {@code before}: {added, removed}. */
    public static int[] wordCounts(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        int[] counts = new int[2];
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            counts[0] += delta.getTarget().size();
            counts[1] += delta.getSource().size();
        }
        return counts;
    }

    private static List<String> words(String text) {
        return tokens(text).stream().map(Token::text).filter(t -> Character.isLetterOrDigit(t.codePointAt(0)) || t.startsWith("_")).toList();
    }

    private static void range(List<Token> tokens, int from, int size, List<Range> out) {
        if (size > 0) {
            out.add(new Range(tokens.get(from).start(), tokens.get(from + size - 1).end()));
        }
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end()));
        }
        return tokens;
    }
}
