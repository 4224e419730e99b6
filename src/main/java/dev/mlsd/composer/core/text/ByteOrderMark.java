package dev.mlsd.composer.core.text;

/** The byte order mark (U+FEFF) some editors put at the start of a file: it is not part of the text. */
public final class ByteOrderMark {

    private static final char BOM = '\uFEFF';

    private ByteOrderMark() {
    }

    /** {@code text} without a leading byte order mark (the same instance when it has none). */
    public static String dropFrom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }
}
