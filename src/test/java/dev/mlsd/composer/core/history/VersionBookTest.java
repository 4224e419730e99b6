package dev.mlsd.composer.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.core.io.InputProblem;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Version;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.core.tokens.TokenCounter;
import dev.mlsd.composer.core.tokens.TokenEncoding;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionBookTest {

    private static final Instant T0 = Instant.parse("2026-11-30T04:00:00Z");
    private final TemplateLibrary templates = new TemplateLibrary(new TemplateParser());
    private final TokenCounter tokens = new TokenCounter();
    private final VersionBook book = new VersionBook(new TemplateParser(), new PromptAssembler(), tokens);

    private Project project(String problem) {
        return Project.create(templates.defaultTemplate(), Map.of("problem", problem), T0);
    }

    @Test
    void anUnchangedPromptRecordsNothingAndTheTokenCountIsStored() throws Exception {
        VersionBook.Recording first = book.record(project("Снизить отток"), "v1", T0);
        Version version = first.recorded().orElseThrow();
        assertThat(version.number()).isEqualTo(1);
        assertThat(version.tokens()).isEqualTo(tokens.count(TokenEncoding.O200K_BASE, book.prompt(project("Снизить отток"))));

        VersionBook.Recording again = book.record(first.project(), null, T0.plusSeconds(1));
        assertThat(again.recorded()).isEmpty();
        assertThat(again.project()).isSameAs(first.project());
        assertThat(again.latest()).isEqualTo(version);
    }

    @Test
    void restoreRecordsTheCurrentTextFirstSoNothingIsLost() throws Exception {
        Project p = book.record(project("first text"), null, T0).project();
        p = p.withSections(Map.of("problem", "typed since, never copied"), T0);
        Project restored = book.restore(p, 1, T0.plusSeconds(1));
        assertThat(restored.section("problem")).isEqualTo("first text");
        assertThat(restored.history().versions()).extracting(v -> v.section("problem"))
                .containsExactly("first text", "typed since, never copied");

        Project again = book.restore(restored, 2, T0.plusSeconds(2));
        assertThat(again.section("problem")).isEqualTo("typed since, never copied");
        assertThat(again.history().versions()).as("the current text was already a version").hasSize(2);
    }

    @Test
    void anAnswerWithoutAnyVersionRecordsOneFirstAndCanBeAccepted() throws Exception {
        VersionBook.Added added = book.addAnswer(project("p"), "ответ", null, "GPT-5", true, T0);
        assertThat(added.project().history().versions()).hasSize(1);
        assertThat(added.answer().version()).isEqualTo(1);
        assertThat(added.answer().model()).isEqualTo("GPT-5");
        assertThat(added.project().history().accepted()).contains(added.answer());
    }

    @Test
    void hugeAndBinaryAnswersAreRefusedAndChangeNothing() {
        Project p = project("p");
        assertThatThrownBy(() -> book.addAnswer(p, "x".repeat((int) AnswerText.MAX_BYTES + 1), null, null, false, T0))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problem()).isEqualTo(InputProblem.ANSWER_TOO_LARGE))
                .hasMessageContaining("limit is 5.0 MB");
        assertThatThrownBy(() -> book.addAnswer(p, "PK\u0003\u0004\u0000\u0000binary", null, null, false, T0))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problem()).isEqualTo(InputProblem.BINARY_ANSWER));
        assertThat(p.history().isEmpty()).isTrue();
    }
}
