package dev.mlsd.composer.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static final Instant T0 = Instant.parse("2026-11-30T04:00:00Z");

    private static Project project(String problem) {
        return new Project("t", "---\nid: t\n---\n{{problem}}", Map.of("problem", problem), T0, T0, UnknownFields.none());
    }

    private static History recorded(String... problems) {
        History history = History.empty();
        for (int i = 0; i < problems.length; i++) {
            history = history.record(project(problems[i]), null, 10 + i, T0.plusSeconds(i));
        }
        return history;
    }

    @Test
    void numbersAreNeverReusedAlsoAfterADeletion() {
        History history = recorded("a", "b", "c").deleteVersion(3);
        assertThat(history.versions()).extracting(Version::number).containsExactly(1, 2);
        History next = history.record(project("d"), "after", 1, T0.plusSeconds(9));
        assertThat(next.latest().orElseThrow().number()).isEqualTo(4);
        assertThat(next.latest().orElseThrow().label()).isEqualTo("after");
    }

    @Test
    void anUnchangedStateIsRecognisedAgainstTheLatestVersionOnly() {
        History history = recorded("a", "b");
        assertThat(history.unchangedSinceLatest(project("b"))).isTrue();
        assertThat(history.unchangedSinceLatest(project("a"))).isFalse();
        assertThat(history.holding(project("a")).orElseThrow().number()).isEqualTo(1);
        Project otherTemplate = new Project("t", "---\nid: t\n---\nX {{problem}}", Map.of("problem", "b"), T0, T0, UnknownFields.none());
        assertThat(history.unchangedSinceLatest(otherTemplate)).as("a changed template copy is a change").isFalse();
    }

    @Test
    void atMostOneAnswerIsAcceptedAndDeletingAVersionTakesItsAnswers() {
        History history = recorded("a", "b")
                .addAnswer(new Answer("x1", 1, T0, "GPT-5", "first"))
                .addAnswer(new Answer("x2", 2, T0, null, "second"));
        history = history.accept("x1", T0).accept("x2", T0.plusSeconds(1));
        assertThat(history.accepted().orElseThrow().id()).isEqualTo("x2");
        assertThat(history.answers().stream().filter(history::isAccepted)).hasSize(1);
        History without = history.deleteVersion(2);
        assertThat(without.answers()).extracting(Answer::id).containsExactly("x1");
        assertThat(without.accepted()).isEmpty();
        assertThat(without.deletedAnswers()).containsExactly("x2");
        assertThatThrownBy(() -> without.addAnswer(new Answer("x2", 1, T0, null, "again")))
                .hasMessageContaining("already used");
        assertThatThrownBy(() -> without.addAnswer(new Answer("x3", 2, T0, null, "to a deleted version")))
                .hasMessageContaining("no version 2");
    }

    @Test
    void revisingAnAnswerKeepsItsIdVersionTimeAndAcceptance() {
        History history = recorded("a", "b")
                .addAnswer(new Answer("x1", 1, T0, "GPT-5", "first"))
                .addAnswer(new Answer("x2", 2, T0.plusSeconds(5), null, "second"))
                .accept("x2", T0);
        History revised = history.reviseAnswer("x2", "Claude", "second,\r\nedited");
        Answer x2 = revised.answer("x2").orElseThrow();
        assertThat(x2.text()).isEqualTo("second,\nedited");
        assertThat(x2.model()).isEqualTo("Claude");
        assertThat(x2.version()).isEqualTo(2);
        assertThat(x2.created()).isEqualTo(T0.plusSeconds(5));
        assertThat(revised.answers()).extracting(Answer::id).containsExactly("x1", "x2");
        assertThat(revised.accepted().orElseThrow().id()).isEqualTo("x2");
        assertThat(revised.answer("x1")).isEqualTo(history.answer("x1"));
        assertThatThrownBy(() -> history.reviseAnswer("nope", null, "x")).hasMessageContaining("nope");
    }

    @Test
    void aMergeKeepsWhatEitherSideAddedAndWhatEitherSideDeleted() {
        History base = recorded("a", "b").addAnswer(new Answer("x1", 1, T0, null, "one"));
        History ours = base.deleteAnswer("x1").record(project("ours"), null, 1, T0.plusSeconds(20));
        History theirs = base.addAnswer(new Answer("cli", 2, T0.plusSeconds(30), "Claude", "from the command line"))
                .record(project("theirs"), null, 1, T0.plusSeconds(21))
                .accept("cli", T0.plusSeconds(40));

        History merged = ours.merge(theirs);

        assertThat(merged.answers()).extracting(Answer::id).containsExactly("cli");
        assertThat(merged.deletedAnswers()).containsExactly("x1");
        assertThat(merged.versions()).extracting(v -> v.section("problem")).containsExactly("a", "b", "ours", "theirs");
        assertThat(merged.versions()).extracting(Version::number).containsExactly(1, 2, 3, 4);
        assertThat(merged.accepted().orElseThrow().id()).isEqualTo("cli");
        assertThat(merged.nextNumber()).isEqualTo(5);
        assertThat(theirs.merge(ours).answers()).extracting(Answer::id).containsExactly("cli");
        assertThat(merged.merge(merged)).isEqualTo(merged);
    }

    @Test
    void theirAnswerToARenumberedVersionFollowsIt() {
        History base = recorded("a");
        History ours = base.record(project("ours"), null, 1, T0.plusSeconds(5));
        History theirs = base.record(project("theirs"), null, 1, T0.plusSeconds(6)).addAnswer(new Answer("t2", 2, T0, null, "to theirs"));
        History merged = ours.merge(theirs);
        Version moved = merged.version(merged.answer("t2").orElseThrow().version()).orElseThrow();
        assertThat(moved.section("problem")).isEqualTo("theirs");
        assertThat(moved.number()).isEqualTo(3);
    }
}
