package dev.mlsd.composer.core.spelling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.SortingStrategy;

/**
 * Reads the Hunspell dictionary of one language from the app's resources, together with the
 * domain words of that language as a second word list under the same affix rules. The Russian
 * files are read with ё as е, matching the words they are asked about.
 */
final class DictionaryLoader {

    private final DomainWords domainWords;

    DictionaryLoader(DomainWords domainWords) {
        this.domainWords = domainWords;
    }

    /** The dictionary of {@code language}; takes a few hundred milliseconds, so never on the FX thread. */
    Dictionary load(Language language) {
        String base = "/spelling/" + language.dictionary();
        try (InputStream affix = stream(base + ".aff", language); InputStream words = stream(base + ".dic", language)) {
            byte[] extra = domainWords.dicFile(language).getBytes(StandardCharsets.UTF_8);
            return new Dictionary(affix, List.of(words, new ByteArrayInputStream(extra)), false, SortingStrategy.inMemory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(base + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static InputStream stream(String resource, Language language) throws IOException {
        InputStream in = DictionaryLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the app");
        }
        if (language != Language.RU) {
            return in;
        }
        try (in) {
            String text = YoNormalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
