package dev.mlsd.composer.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts against reference values computed once with js-tiktoken (see src/test/resources/tokens/generate.mjs). */
class TokenCounterTest {

    private final TokenCounter counter = new TokenCounter();

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = TokenCounterTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void matchesTheIndependentTokenizerOnEveryReferenceText() throws IOException {
        JsonNode reference = new ObjectMapper().readTree(resource("/tokens/reference.json"));
        List<String> checked = new ArrayList<>();
        reference.get("counts").properties().forEach(entry -> {
            try {
                String text = new String(resource("/tokens/texts/" + entry.getKey()), StandardCharsets.UTF_8);
                for (TokenEncoding encoding : TokenEncoding.values()) {
                    assertThat(counter.count(encoding, text)).as("%s in %s", entry.getKey(), encoding.id())
                            .isEqualTo(entry.getValue().get(encoding.id()).asInt());
                }
                checked.add(entry.getKey());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(checked).hasSizeGreaterThanOrEqualTo(12)
                .anyMatch(n -> n.contains("ru")).anyMatch(n -> n.contains("en")).anyMatch(n -> n.contains("python"))
                .anyMatch(n -> n.contains("emoji"));
    }

    @Test
    void specialTokensAreCountedAsPlainText() {
        assertThat(counter.count(TokenEncoding.O200K_BASE, "<|endoftext|>")).isEqualTo(7);
        assertThat(counter.count(TokenEncoding.CL100K_BASE, "hello world")).isEqualTo(2);
    }
}
