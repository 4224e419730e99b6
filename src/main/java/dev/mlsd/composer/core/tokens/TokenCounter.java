package dev.mlsd.composer.core.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.EnumMap;
import java.util.Map;

/**
 * Exact token counts with jtokkit. Text that looks like a special token ({@code <|endoftext|>})
 * is counted as ordinary text, as a chat assistant receives it. Counting a megabyte takes a
 * while: never call this on the FX thread. The vocabularies load on first use. Thread-safe.
 */
public final class TokenCounter {

    private volatile Map<TokenEncoding, Encoding> encodings;

    public int count(TokenEncoding encoding, String text) {
        return encodings().get(encoding).countTokensOrdinary(text);
    }

    /** The count of {@code text} in every encoding. */
    public Map<TokenEncoding, Integer> countAll(String text) {
        Map<TokenEncoding, Integer> counts = new EnumMap<>(TokenEncoding.class);
        for (TokenEncoding encoding : TokenEncoding.values()) {
            counts.put(encoding, count(encoding, text));
        }
        return counts;
    }

    private Map<TokenEncoding, Encoding> encodings() {
        Map<TokenEncoding, Encoding> loaded = encodings;
        if (loaded == null) {
            synchronized (this) {
                if (encodings == null) {
                    EncodingRegistry registry = Encodings.newLazyEncodingRegistry();
                    Map<TokenEncoding, Encoding> map = new EnumMap<>(TokenEncoding.class);
                    map.put(TokenEncoding.O200K_BASE, registry.getEncoding(EncodingType.O200K_BASE));
                    map.put(TokenEncoding.CL100K_BASE, registry.getEncoding(EncodingType.CL100K_BASE));
                    encodings = map;
                }
                loaded = encodings;
            }
        }
        return loaded;
    }
}
