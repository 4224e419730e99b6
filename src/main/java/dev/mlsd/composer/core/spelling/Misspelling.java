package dev.mlsd.composer.core.spelling;

/** A word the dictionaries do not know: its text and its range {@code [start, end)} in the checked text. */
public record Misspelling(String word, int start, int end) {
}
