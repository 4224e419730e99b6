package dev.mlsd.composer.core.text;

/** Characters (Unicode code points) and words (maximal runs of letters and digits) of a text. */
public record TextCounts(long chars, long words) {

    public static final TextCounts ZERO = new TextCounts(0, 0);

    public static TextCounts of(CharSequence text) {
        long chars = 0;
        long words = 0;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            chars++;
            boolean wordChar = Character.isLetterOrDigit(cp);
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return new TextCounts(chars, words);
    }

    public TextCounts plus(TextCounts other) {
        return new TextCounts(chars + other.chars, words + other.words);
    }
}
