package dev.mlsd.composer.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The versions of a project and the answers to them; immutable, every change gives a new history.
 *
 * <p>Versions are kept in number order, answers oldest first. {@code nextNumber} is one more than any
 * number ever given, so numbers are never reused, also after a deletion. Deletions are remembered
 * ({@code deletedVersions}, {@code deletedAnswers}) so that merging with a copy of the file that still
 * has the deleted item does not bring it back. The accepted answer is an {@link Acceptance} with its
 * time: when two copies accepted different answers, the later decision wins a merge.
 */
public record History(List<Version> versions, List<Answer> answers, int nextNumber,
                      Set<Integer> deletedVersions, Set<String> deletedAnswers, Acceptance acceptance) {

    /** Which answer is accepted ({@code answerId} null: none, the mark was taken away) and when that was decided. */
    public record Acceptance(String answerId, Instant at) {
        public Acceptance {
            Objects.requireNonNull(at, "at");
        }
    }

    private static final History EMPTY = new History(List.of(), List.of(), 1, Set.of(), Set.of(), null);

    public History {
        versions = versions.stream().sorted(Comparator.comparingInt(Version::number)).toList();
        answers = List.copyOf(answers);
        deletedVersions = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(deletedVersions));
        deletedAnswers = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(deletedAnswers));
        int highest = versions.isEmpty() ? 0 : versions.get(versions.size() - 1).number();
        highest = Math.max(highest, deletedVersions.stream().mapToInt(Integer::intValue).max().orElse(0));
        nextNumber = Math.max(nextNumber, highest + 1);
        for (int i = 1; i < versions.size(); i++) {
            if (versions.get(i).number() == versions.get(i - 1).number()) {
                throw new IllegalArgumentException("version " + versions.get(i).number() + " is there twice");
            }
        }
        Set<String> ids = new java.util.HashSet<>();
        for (Answer answer : answers) {
            if (!ids.add(answer.id())) {
                throw new IllegalArgumentException("answer " + answer.id() + " is there twice");
            }
        }
    }

    public static History empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return versions.isEmpty() && answers.isEmpty() && deletedVersions.isEmpty() && deletedAnswers.isEmpty() && acceptance == null;
    }

    public Optional<Version> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<Version> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** The version before {@code number} in this history (what its changes are counted against). */
    public Optional<Version> previous(int number) {
        Version before = null;
        for (Version v : versions) {
            if (v.number() >= number) {
                break;
            }
            before = v;
        }
        return Optional.ofNullable(before);
    }

    public Optional<Answer> answer(String id) {
        return answers.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The answers to version {@code number}, oldest first. */
    public List<Answer> answersOf(int number) {
        return answers.stream().filter(a -> a.version() == number).toList();
    }

    public Optional<Answer> accepted() {
        return acceptance == null || acceptance.answerId() == null ? Optional.empty() : answer(acceptance.answerId());
    }

    public boolean isAccepted(Answer answer) {
        return acceptance != null && answer.id().equals(acceptance.answerId());
    }

    /** True when recording {@code project} now would add nothing: the latest version holds the same content. */
    public boolean unchangedSinceLatest(Project project) {
        return latest().map(v -> v.sameContentAs(project)).orElse(false);
    }

    /** The first version holding exactly {@code project}'s content, if any. */
    public Optional<Version> holding(Project project) {
        return versions.stream().filter(v -> v.sameContentAs(project)).findFirst();
    }

    /** This history with {@code project}'s state as a new version, numbered {@link #nextNumber()}. */
    public History record(Project project, String label, int tokens, Instant now) {
        List<Version> more = new ArrayList<>(versions);
        more.add(new Version(nextNumber, label, now, project.templateId(), project.templateSource(), project.sections(), tokens));
        return new History(more, answers, nextNumber + 1, deletedVersions, deletedAnswers, acceptance);
    }

    public History label(int number, String label) {
        Version target = required(number);
        List<Version> changed = new ArrayList<>(versions);
        changed.replaceAll(v -> v == target ? v.withLabel(label) : v);
        return new History(changed, answers, nextNumber, deletedVersions, deletedAnswers, acceptance);
    }

    /** Without version {@code number} and its answers; all of them are remembered as deleted. */
    public History deleteVersion(int number) {
        required(number);
        Set<Integer> goneVersions = new TreeSet<>(deletedVersions);
        goneVersions.add(number);
        Set<String> goneAnswers = new TreeSet<>(deletedAnswers);
        answersOf(number).forEach(a -> goneAnswers.add(a.id()));
        return new History(versions.stream().filter(v -> v.number() != number).toList(),
                answers.stream().filter(a -> a.version() != number).toList(), nextNumber, goneVersions, goneAnswers,
                acceptanceWithout(goneAnswers));
    }

    /** With {@code answer} added after the others; its version must be here and its id new. */
    public History addAnswer(Answer answer) {
        required(answer.version());
        if (answer(answer.id()).isPresent() || deletedAnswers.contains(answer.id())) {
            throw new IllegalArgumentException("answer id " + answer.id() + " is already used");
        }
        List<Answer> more = new ArrayList<>(answers);
        more.add(answer);
        return new History(versions, more, nextNumber, deletedVersions, deletedAnswers, acceptance);
    }

    /**
     * With answer {@code id}'s text and model name replaced (an edit in the answer editor); its id,
     * version and time stay, so anything that refers to the answer still finds it.
     */
    public History reviseAnswer(String id, String model, String text) {
        Answer old = answer(id).orElseThrow(() -> new IllegalArgumentException("no answer " + id));
        Answer revised = new Answer(old.id(), old.version(), old.created(), model, text);
        List<Answer> changed = new ArrayList<>(answers);
        changed.replaceAll(a -> a == old ? revised : a);
        return new History(versions, changed, nextNumber, deletedVersions, deletedAnswers, acceptance);
    }

    public History deleteAnswer(String id) {
        if (answer(id).isEmpty()) {
            throw new IllegalArgumentException("no answer " + id);
        }
        Set<String> gone = new TreeSet<>(deletedAnswers);
        gone.add(id);
        return new History(versions, answers.stream().filter(a -> !a.id().equals(id)).toList(), nextNumber,
                deletedVersions, gone, acceptanceWithout(gone));
    }

    /** Marks answer {@code id} accepted (taking the mark from any other); {@code id} null takes the mark away. */
    public History accept(String id, Instant now) {
        if (id != null && answer(id).isEmpty()) {
            throw new IllegalArgumentException("no answer " + id);
        }
        return new History(versions, answers, nextNumber, deletedVersions, deletedAnswers, new Acceptance(id, now));
    }

    /**
     * This history and {@code theirs} (another copy of the same file, changed by another program) in one:
     * see {@link HistoryMerge}.
     */
    public History merge(History theirs) {
        return HistoryMerge.merge(this, theirs);
    }

    private Acceptance acceptanceWithout(Set<String> gone) {
        return acceptance != null && acceptance.answerId() != null && gone.contains(acceptance.answerId())
                ? new Acceptance(null, acceptance.at()) : acceptance;
    }

    private Version required(int number) {
        return version(number).orElseThrow(() -> new IllegalArgumentException("no version " + number));
    }
}
