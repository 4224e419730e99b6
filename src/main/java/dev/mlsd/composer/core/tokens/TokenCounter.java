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

    private final Map<TokenEncoding, Encoding> encodings = new EnumMap<>(TokenEncoding.class);
    private EncodingRegistry registry;

    public int count(TokenEncoding encoding, String text) {
        return encoding(encoding).countTokensOrdinary(text);
    }

    /** The count of {@code text} in every encoding. */
    public Map<TokenEncoding, Integer> countAll(String text) {
        Map<TokenEncoding, Integer> counts = new EnumMap<>(TokenEncoding.class);
        for (TokenEncoding encoding : TokenEncoding.values()) {
            counts.put(encoding, count(encoding, text));
        }
        return counts;
    }

    /**
     * The encoding, its vocabulary loaded at its first use only: each is tens of megabytes of small
     * objects, which the garbage collector copies until they settle, so the one the meter does not
     * use is never loaded in the window.
     */
    private synchronized Encoding encoding(TokenEncoding encoding) {
        Encoding loaded = encodings.get(encoding);
        if (loaded == null) {
            if (registry == null) {
                registry = Encodings.newLazyEncodingRegistry();
            }
            loaded = registry.getEncoding(switch (encoding) {
                case O200K_BASE -> EncodingType.O200K_BASE;
                case CL100K_BASE -> EncodingType.CL100K_BASE;
            });
            encodings.put(encoding, loaded);
        }
        return loaded;
    }
}
