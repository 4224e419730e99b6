package dev.mlsd.composer.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsd.composer.core.model.AnswerSpec;
import dev.mlsd.composer.core.model.AnswerSpec.ExpectedPart;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateException;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {

    private final TemplateLibrary library = new TemplateLibrary(new TemplateParser());

    private static String fixture(String name) throws IOException {
        try (InputStream in = AnswerCheckTest.class.getResourceAsStream("/answers/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private AnswerCheck.Coverage check(String templateId, String fixture) throws IOException {
        Template template = library.find(templateId).orElseThrow();
        return new AnswerCheck(AnswerCheck.specFor(template, library).orElseThrow()).check(fixture(fixture));
    }

    @Test
    void theBuiltInTemplatesDeclareTheSeedsParts() {
        AnswerSpec ru = library.find("architecture-and-models.ru").orElseThrow().answerSpec().orElseThrow();
        assertThat(ru.title()).isEqualTo("4. Архитектура и Модели");
        assertThat(ru.parts()).extracting(ExpectedPart::id).containsExactly("training-pipeline", "inference-pipeline",
                "online-offline", "baseline", "task-type", "features", "model", "loss-function", "validation", "risks");
        assertThat(library.find("architecture-and-models.en").orElseThrow().answerSpec().orElseThrow().title())
                .isEqualTo("4. Architecture and Models");
    }

    @Test
    void completeAnswersCoverEveryPartInBothLanguages() throws IOException {
        AnswerCheck.Coverage ru = check("architecture-and-models.ru", "churn-complete.ru.md");
        assertThat(ru.lacks()).isEmpty();
        assertThat(ru.complete()).isTrue();
        AnswerCheck.Coverage en = check("architecture-and-models.en", "fraud-complete.en.md");
        assertThat(en.lacks()).isEmpty();
    }

    @Test
    void incompleteAnswersShowWhatTheyLack() throws IOException {
        AnswerCheck.Coverage ru = check("architecture-and-models.ru", "churn-incomplete.ru.md");
        assertThat(ru.covers()).extracting(ExpectedPart::id).containsExactly("training-pipeline", "baseline", "model");
        assertThat(ru.lacks()).extracting(ExpectedPart::id).containsExactly("inference-pipeline", "online-offline", "task-type",
                "features", "loss-function", "validation", "risks");

        AnswerCheck.Coverage en = check("architecture-and-models.en", "fraud-incomplete.en.md");
        assertThat(en.covers()).extracting(ExpectedPart::id).containsExactly("online-offline", "features", "model");
        assertThat(en.lacks()).extracting(ExpectedPart::id).contains("training-pipeline", "baseline", "loss-function", "validation", "risks");
    }

    @Test
    void stemsYoAndLatinTermsInRussianTextCount() {
        AnswerCheck check = new AnswerCheck(library.defaultTemplate().answerSpec().orElseThrow());
        AnswerCheck.Coverage coverage = check.check("Фичи: стаж. Лоссом берём LogLoss, валидацию делаем по времени. "
                + "Бейзлайном будет правило. Риски: устарёвание модели и холодный старт.");
        assertThat(coverage.covers()).extracting(ExpectedPart::id).contains("features", "loss-function", "validation", "baseline", "risks");
    }

    @Test
    void aStoredCopyOlderThanTheDeclarationsUsesTheBuiltInOnesAndUserTemplatesDeclareTheirOwn() throws TemplateException {
        Template builtIn = library.defaultTemplate();
        String oldCopy = builtIn.source().substring(0, builtIn.source().indexOf("answer:\n"))
                + builtIn.source().substring(builtIn.source().indexOf("\n---\n") + 1);
        Template old = library.parse(oldCopy);
        assertThat(old.answerSpec()).isEmpty();
        assertThat(AnswerCheck.specFor(old, library)).isEqualTo(builtIn.answerSpec());

        Template user = library.parse("---\nid: team\ntitle: Team\nslots:\n  - id: goals\n    title: Goals\n"
                + "answer:\n  title: 5. Validation plan\n  parts:\n    - id: ab\n      title: A/B test\n      keywords: [a/b, \"ab-тест*\"]\n---\n{{goals}}\n");
        assertThat(user.answerSpec().orElseThrow().title()).isEqualTo("5. Validation plan");
        assertThat(new AnswerCheck(AnswerCheck.specFor(user, library).orElseThrow()).check("Проведём AB-тесты на 10 %").complete()).isTrue();
        Template plain = library.parse("---\nid: other\ntitle: Other\nslots: []\n---\nx\n");
        assertThat(AnswerCheck.specFor(plain, library)).isEmpty();
        assertThatThrownBy(() -> library.parse("---\nid: t\ntitle: T\nanswer:\n  title: X\n  parts:\n    - id: p\n      title: P\n---\nx\n"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("answer part 'p' needs a list of keywords");
    }
}
