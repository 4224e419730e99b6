package dev.mlsd.composer.core.text;

/** Brings text entering the app to the one form every offset refers to: {@code \n} line ends, no lone surrogates. */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /**
     * Returns {@code text} with CRLF and lone CR turned into LF and every lone UTF-16 surrogate
     * replaced by U+FFFD. Returns the same instance when nothing changes.
     */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        if (isNormal(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.append(c).append(text.charAt(i + 1));
                    i++;
                } else {
                    out.append('\uFFFD');
                }
            } else if (Character.isLowSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public static boolean isNormal(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }
}
