package dev.mlsd.composer.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds a needle in text with the usual find-bar options (match case, whole word, regular
 * expression). What the user typed can be a broken pattern or replacement: that comes back as a
 * value with the reason, never as an exception, so a find bar can say so while the user types.
 */
public final class TextSearch {

    /** The find bar's options. */
    public record Options(boolean matchCase, boolean wholeWord, boolean regex) {
    }

    /** A found range {@code [start, end)} of the text. */
    public record Match(int start, int end) {
    }

    /** The matches found, in order; {@code truncated} when the limit cut the search short. */
    public record Matches(List<Match> list, boolean truncated) {
    }

    /** The text after replacing, and how many matches were replaced; or why it could not be done. */
    public record Replaced(String text, int count, String error) {

        public boolean failed() {
            return error != null;
        }
    }

    /** "Letter, digit or underscore": a word character in any script, unlike {@code \b} without flags. */
    private static final String WORD = "[\\p{L}\\p{N}_]";

    private final Pattern pattern;
    private final boolean regex;
    private final String error;

    private TextSearch(Pattern pattern, boolean regex, String error) {
        this.pattern = pattern;
        this.regex = regex;
        this.error = error;
    }

    /** A search for {@code needle}; an empty needle finds nothing, a bad pattern reports why in {@link #error()}. */
    public static TextSearch of(String needle, Options options) {
        if (needle == null || needle.isEmpty()) {
            return new TextSearch(null, options.regex(), null);
        }
        String body = options.regex() ? needle : Pattern.quote(needle);
        if (options.wholeWord()) {
            body = "(?<!" + WORD + ")(?:" + body + ")(?!" + WORD + ")";
        }
        int flags = Pattern.MULTILINE | (options.matchCase() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        try {
            return new TextSearch(Pattern.compile(body, flags), options.regex(), null);
        } catch (PatternSyntaxException e) {
            return new TextSearch(null, options.regex(), e.getDescription() + (e.getIndex() >= 0 ? " (" + e.getIndex() + ")" : ""));
        }
    }

    /** Why the pattern cannot be used, if it cannot. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** Whether this search can find anything at all (a needle was given and it compiled). */
    public boolean usable() {
        return pattern != null;
    }

    /** Up to {@code limit} non-empty matches in {@code text}, in order. */
    public Matches find(CharSequence text, int limit) {
        List<Match> found = new ArrayList<>();
        if (pattern == null) {
            return new Matches(found, false);
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() == m.start()) {
                continue; // an empty match (a bare "^" or "x*") is nothing to show or replace
            }
            if (found.size() == limit) {
                return new Matches(found, true);
            }
            found.add(new Match(m.start(), m.end()));
        }
        return new Matches(found, false);
    }

    /** What {@code match} of {@code text} is replaced with ({@code $1} groups when a regular expression). */
    public Replaced replacementFor(String text, Match match, String replacement) {
        if (pattern == null) {
            return new Replaced(null, 0, error);
        }
        Matcher m = pattern.matcher(text);
        if (!m.find(match.start()) || m.start() != match.start() || m.end() != match.end()) {
            return new Replaced(null, 0, "stale match");
        }
        try {
            StringBuilder out = new StringBuilder();
            m.appendReplacement(out, literalOrNot(replacement));
            return new Replaced(out.substring(match.start()), 1, null);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return new Replaced(null, 0, e.getMessage());
        }
    }

    /** {@code text} with every non-empty match replaced ({@code $1} groups when a regular expression). */
    public Replaced replaceAll(String text, String replacement) {
        if (pattern == null) {
            return new Replaced(text, 0, error);
        }
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        String quoted = literalOrNot(replacement);
        int count = 0;
        try {
            while (m.find()) {
                if (m.end() > m.start()) {
                    m.appendReplacement(out, quoted);
                    count++;
                }
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return new Replaced(text, 0, e.getMessage());
        }
        m.appendTail(out);
        return new Replaced(out.toString(), count, null);
    }

    private String literalOrNot(String replacement) {
        return regex ? replacement : Matcher.quoteReplacement(replacement);
    }
}
