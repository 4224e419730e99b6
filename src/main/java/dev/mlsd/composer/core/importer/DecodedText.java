package dev.mlsd.composer.core.importer;

/**
 * A user document decoded to text.
 *
 * @param text     the decoded text, byte order mark dropped, line ends and surrogates normalised
 * @param charset  the Java name of the charset used ("UTF-8", "UTF-16LE", "windows-1251", "KOI8-R", "IBM866", ...)
 * @param detected true when the charset was guessed (detector or heuristics) rather than read from a byte order mark
 *                 or proven by a strict UTF-8 decode
 * @param repair   a proposed mojibake repair, or {@code null}; the caller decides whether to apply it
 */
public record DecodedText(String text, String charset, boolean detected, Repair repair) {

    /** The text with the proposed repair applied, or the text itself when there is none. */
    public String textWithRepair() {
        return repair == null ? text : repair.repairedText();
    }
}
