package dev.mlsd.composer.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mlsd.composer.testing.Texts;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link JsonTrees} reads what {@code ObjectMapper.readTree} reads, node for node. */
class JsonTreesProperties {

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonFactory factory = new JsonFactory();

    @Property(tries = 400)
    void readsAnyDocumentAsTheMapperDoes(@ForAll("documents") String json) throws IOException {
        JsonNode expected = mapper.readTree(json);
        try (JsonParser parser = factory.createParser(json)) {
            JsonNode actual = JsonTrees.readDocument(parser, false);
            assertThat(actual).isEqualTo(expected);
            assertThat(mapper.writeValueAsString(actual)).isEqualTo(mapper.writeValueAsString(expected));
        }
    }

    @Example
    void anEmptyDocumentIsNullAndTrailingValuesAreRefused() throws IOException {
        try (JsonParser parser = factory.createParser("  \n")) {
            assertThat(JsonTrees.readDocument(parser, false)).isNull();
        }
        try (JsonParser parser = factory.createParser("{\"a\": 1} {\"b\": 2}")) {
            assertThatThrownBy(() -> JsonTrees.readDocument(parser, false))
                    .isInstanceOf(JsonProcessingException.class)
                    .hasMessageContaining("Trailing token");
        }
    }

    @Example
    void yamlScalarsCanBeKeptAsTyped() throws IOException {
        try (JsonParser parser = new YAMLFactory().createParser("id: no\nversion: 007\nlist: [on, 1.50]\nnothing:\n")) {
            JsonNode node = JsonTrees.readDocument(parser, true);
            assertThat(node.get("id").textValue()).isEqualTo("no");
            assertThat(node.get("version").textValue()).isEqualTo("007");
            assertThat(node.get("list").get(0).textValue()).isEqualTo("on");
            assertThat(node.get("list").get(1).textValue()).isEqualTo("1.50");
            assertThat(node.get("nothing").isNull()).isTrue();
        }
    }

    @Provide
    Arbitrary<String> documents() {
        return values(3).map(node -> {
            try {
                return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Arbitrary<Object> values(int depth) {
        List<Arbitrary<Object>> scalars = List.of(
                Texts.tricky().map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.bigIntegers().between(BigInteger.TWO.pow(70).negate(), BigInteger.TWO.pow(70)).map(b -> (Object) b),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        Arbitrary<Object> scalar = Arbitraries.oneOf(scalars);
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Object> list = values(depth - 1).list().ofMaxSize(4).map(l -> (Object) l);
        Arbitrary<Object> map = Arbitraries.maps(Texts.tricky().filter(k -> k.length() <= 8), values(depth - 1)).ofMaxSize(4).map(m -> (Object) m);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, scalar),
                net.jqwik.api.Tuple.of(2, list),
                net.jqwik.api.Tuple.of(2, map));
    }
}
