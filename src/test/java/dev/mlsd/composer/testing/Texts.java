package dev.mlsd.composer.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Generators of text that is hard on a template engine: braces, backslashes, CRLF, emoji, Cyrillic. */
public final class Texts {

    private Texts() {
    }

    public static Arbitrary<String> tricky() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("{{", "}}", "{{problem}}", "{{metrics}}", "\\{{", "\\", "{", "}", "\r\n", "\r", "\n",
                        "😀", "👩‍💻", "🏗️", "Привет", "отток клиентов", "ё", "a", " ", "\t", "<section title=\"x\">",
                        "</section>", "**bold**", "# heading", "$x$", "\"quoted\"", "\u00A0"),
                Arbitraries.strings().withCharRange('\u0400', '\u04FF').ofMaxLength(5),
                Arbitraries.strings().all().ofMaxLength(4));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }
}
