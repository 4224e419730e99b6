package dev.mlsd.composer.core.diff;

import java.util.List;

/**
 * How a text is cut into lines for a diff: at every {@code \n}, as by {@code split("\n", -1)}, except
 * that the empty text has no lines at all. So {@code "a\n"} is the lines {@code "a"} and {@code ""},
 * and joining the lines with {@code "\n"} gives the text back exactly.
 */
final class TextLines {

    private TextLines() {
    }

    static List<String> of(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }
}
