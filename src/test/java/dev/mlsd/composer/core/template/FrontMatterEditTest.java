package dev.mlsd.composer.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontMatterEditTest {

    private final TemplateParser parser = new TemplateParser();

    /** Every line but the id's must come back byte for byte: comments, quoting, CRLF, a BOM, the body. */
    private static final String ODD = "\uFEFF---\r\n"
            + "# the team's template; keep this comment\r\n"
            + "title:   'It''s a title: with a colon'   # and a comment\r\n"
            + "id: \"x\" # comment after the id\r\n"
            + "language: \"en\"\r\n"
            + "description: >-\r\n"
            + "  folded text\r\n"
            + "  id: not-this-one\r\n"
            + "slots:\r\n"
            + "  - id: goals   # a slot's id is not the template's\r\n"
            + "    title: \"Goals 🙂\"\r\n"
            + "---\r\n"
            + "id: body text is not front matter\r\n"
            + "{{goals}}\r\n";

    @Test
    void aDoubleQuotedIdWithACommentAfterItKeepsItsQuotesAndTheComment() throws Exception {
        String edited = FrontMatterEdit.withValue(ODD, "id", "x-copy");

        assertThat(edited).isEqualTo(ODD.replace("id: \"x\" # comment after the id", "id: \"x-copy\" # comment after the id"));
        // The library drops a file's BOM as it decodes it, before the parser sees the text.
        assertThat(parser.parse(edited.substring(1)).id()).isEqualTo("x-copy");
    }

    @Test
    void aSingleQuotedIdStaysSingleQuotedAndAPlainOnePlain() throws Exception {
        String single = "---\nid: 'x'\ntitle: T\n---\nbody\n";
        assertThat(FrontMatterEdit.withValue(single, "id", "x-copy")).isEqualTo("---\nid: 'x-copy'\ntitle: T\n---\nbody\n");
        String plain = "---\ntitle: T\nid:    x    # spaced\n---\nbody\n";
        assertThat(FrontMatterEdit.withValue(plain, "id", "x-copy")).isEqualTo("---\ntitle: T\nid:    x-copy    # spaced\n---\nbody\n");
    }

    @Test
    void aValueAfterCharactersOutsideTheBasicPlaneIsFoundWhereItIs() throws Exception {
        String source = "---\ntitle: \"🙂🙂 emoji first\"\nid: x\n---\n";
        assertThat(FrontMatterEdit.withValue(source, "title", "Копия 🙂")).isEqualTo("---\ntitle: \"Копия 🙂\"\nid: x\n---\n");
    }

    @Test
    void aTitleThatPlainYamlWouldMisreadIsQuoted() throws Exception {
        String source = "---\nid: x\ntitle: Plain\n---\n";

        String edited = FrontMatterEdit.withValue(source, "title", "Copy: of # the title");

        assertThat(edited).isEqualTo("---\nid: x\ntitle: 'Copy: of # the title'\n---\n");
        assertThat(parser.parse(edited).title()).isEqualTo("Copy: of # the title");
        assertThat(FrontMatterEdit.withValue(source, "title", "yes")).isEqualTo("---\nid: x\ntitle: 'yes'\n---\n");
    }

    @Test
    void aBlockScalarIsReplacedAndTheLinesAfterItStay() throws Exception {
        String source = "---\ntitle: |\n  Two\n  lines\n\nid: x\n---\n";
        String edited = FrontMatterEdit.withValue(source, "title", "One line");
        assertThat(edited).isEqualTo("---\ntitle: \"One line\"\n\nid: x\n---\n");
        assertThat(parser.parse(edited).title()).isEqualTo("One line");
    }

    @Test
    void aValueInAFlowMappingIsEditedInPlaceToo() throws Exception {
        String source = "---\n{id: x, title: T}\n---\n";
        String edited = FrontMatterEdit.withValue(source, "title", "A, B");
        assertThat(edited).isEqualTo("---\n{id: x, title: \"A, B\"}\n---\n");
        assertThat(parser.parse(edited).title()).isEqualTo("A, B");
    }

    @Test
    void aMissingKeyOrBrokenFrontMatterIsATemplateError() {
        assertThatThrownBy(() -> FrontMatterEdit.withValue("---\ntitle: T\n---\n", "id", "x"))
                .isInstanceOf(TemplateException.class).hasMessage("the front matter has no 'id'");
        assertThatThrownBy(() -> FrontMatterEdit.withValue("no front matter\n", "id", "x"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("must start with a front matter line");
        assertThatThrownBy(() -> FrontMatterEdit.withValue("---\nid: x\n", "id", "y"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("not closed");
        assertThatThrownBy(() -> FrontMatterEdit.withValue("---\nid: [x\n---\n", "id", "y"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> FrontMatterEdit.withValue("---\nid: [x]\ntitle: T\n---\n", "id", "y"))
                .isInstanceOf(TemplateException.class).hasMessage("'id' must be a single value");
    }
}
