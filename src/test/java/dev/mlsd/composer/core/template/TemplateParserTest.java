package dev.mlsd.composer.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.model.TemplatePart;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateParserTest {

    private final TemplateParser parser = new TemplateParser();

    private static String template(String slots, String body) {
        return "---\nid: t\ntitle: T\nlanguage: en\ndescription: d\nslots:\n" + slots + "---\n" + body;
    }

    private static final String TWO_SLOTS = "  - id: a\n    title: A\n    hint: h\n    questions: [q1, q2]\n  - id: b\n    title: B\n";

    @Test
    void readsFrontMatterAndBody() throws TemplateException {
        Template t = parser.parse(template(TWO_SLOTS, "x {{a}} y {{ b }}\n"));
        assertThat(t.id()).isEqualTo("t");
        assertThat(t.title()).isEqualTo("T");
        assertThat(t.language()).isEqualTo("en");
        assertThat(t.description()).isEqualTo("d");
        assertThat(t.slotIds()).containsExactly("a", "b");
        assertThat(t.slot("a").orElseThrow().questions()).containsExactly("q1", "q2");
        assertThat(t.slot("a").orElseThrow().hint()).isEqualTo("h");
        assertThat(t.parts()).containsExactly(
                new TemplatePart.Literal("x "), new TemplatePart.Placeholder("a", 14),
                new TemplatePart.Literal(" y "), new TemplatePart.Placeholder("b", 14),
                new TemplatePart.Literal("\n"));
        assertThat(t.notices()).isEmpty();
    }

    @Test
    void idsAndTitlesStayAsTypedEvenWhereYamlWouldReadABooleanOrANumber() throws TemplateException {
        Template t = parser.parse("---\nid: no\ntitle: On\nslots:\n  - id: yes\n    title: 007\n    questions: [off, 1.50]\n---\n{{yes}}");
        assertThat(t.id()).isEqualTo("no");
        assertThat(t.title()).isEqualTo("On");
        assertThat(t.slots().get(0).id()).isEqualTo("yes");
        assertThat(t.slots().get(0).title()).isEqualTo("007");
        assertThat(t.slots().get(0).questions()).containsExactly("off", "1.50");
        assertThat(new PromptAssembler().assemble(t, Map.of("yes", "text")).text()).isEqualTo("text");
    }

    @Test
    void escapedBracesAreLiteral() throws TemplateException {
        Template t = parser.parse(template(TWO_SLOTS, "\\{{a}} {{a}} {{b}}"));
        String text = new PromptAssembler().assemble(t, Map.of("a", "A!", "b", "B!")).text();
        assertThat(text).isEqualTo("{{a}} A! B!");
    }

    @Test
    void unknownPlaceholderStaysLiteralAndIsReported() throws TemplateException {
        Template t = parser.parse(template(TWO_SLOTS, "{{a}}{{b}}\n{{nope}} and {{ not a name }}"));
        String text = new PromptAssembler().assemble(t, Map.of("a", "1", "b", "2")).text();
        assertThat(text).isEqualTo("12\n{{nope}} and {{ not a name }}");
        assertThat(t.notices()).containsExactly("line 15: unknown placeholder {{nope}} is kept as text");
    }

    @Test
    void unusedSlotIsReported() throws TemplateException {
        Template t = parser.parse(template(TWO_SLOTS, "only {{a}}"));
        assertThat(t.notices()).containsExactly("slot 'b' is declared but the body never uses {{b}}");
    }

    @Test
    void crlfSourceIsNormalised() throws TemplateException {
        Template t = parser.parse(template(TWO_SLOTS, "{{a}}\n{{b}}").replace("\n", "\r\n"));
        assertThat(t.source()).doesNotContain("\r");
        assertThat(new PromptAssembler().assemble(t, Map.of("a", "1", "b", "2")).text()).isEqualTo("1\n2");
    }

    @Test
    void missingFrontMatterIsAnErrorOnLineOne() {
        assertThatThrownBy(() -> parser.parse("# just markdown\n"))
                .isInstanceOf(TemplateException.class)
                .satisfies(e -> assertThat(((TemplateException) e).line()).isEqualTo(1));
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        assertThatThrownBy(() -> parser.parse("---\nid: t\ntitle: T\n"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("not closed");
    }

    @Test
    void brokenYamlReportsItsLineInTheFile() {
        assertThatThrownBy(() -> parser.parse("---\nid: t\ntitle: [unclosed\nslots: x\n---\nbody"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("not valid YAML")
                .satisfies(e -> assertThat(((TemplateException) e).line()).isBetween(3, 5));
    }

    @Test
    void missingIdOrTitleIsAnError() {
        assertThatThrownBy(() -> parser.parse("---\ntitle: T\n---\n")).hasMessageContaining("no 'id'");
        assertThatThrownBy(() -> parser.parse("---\nid: t\n---\n")).hasMessageContaining("no 'title'");
        assertThatThrownBy(() -> parser.parse(template("  - id: a\n", "{{a}}"))).hasMessageContaining("no 'title'");
    }

    @Test
    void duplicateSlotIdIsAnError() {
        assertThatThrownBy(() -> parser.parse(template("  - id: a\n    title: A\n  - id: a\n    title: A2\n", "{{a}}")))
                .hasMessageContaining("declared twice");
    }

    @Test
    void badSlotIdIsAnError() {
        assertThatThrownBy(() -> parser.parse(template("  - id: 'a b'\n    title: A\n", "{{a b}}")))
                .hasMessageContaining("may hold only");
    }
}
