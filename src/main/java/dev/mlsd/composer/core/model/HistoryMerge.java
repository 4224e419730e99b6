package dev.mlsd.composer.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges two copies of one history, for example the open window's and the file's after the command
 * line added an answer. Nothing either side added is lost, and nothing either side deleted comes back:
 *
 * <ul>
 * <li>Deletions are the union of both sides' deletions, and win over any copy of the deleted item.</li>
 * <li>A version on both sides with the same content and time is one version (our label is kept).
 *     Their version whose number we use for something else was made independently: it gets a new
 *     number after everything both sides used, and their answers to it follow it.</li>
 * <li>Answers are merged by id; ours are listed first, then theirs, each list oldest first.</li>
 * <li>The acceptance decided later wins; numbers continue after the highest either side used.</li>
 * </ul>
 */
final class HistoryMerge {

    private HistoryMerge() {
    }

    static History merge(History ours, History theirs) {
        Set<Integer> deletedVersions = new TreeSet<>(ours.deletedVersions());
        deletedVersions.addAll(theirs.deletedVersions());
        Set<String> deletedAnswers = new TreeSet<>(ours.deletedAnswers());
        deletedAnswers.addAll(theirs.deletedAnswers());
        int next = Math.max(ours.nextNumber(), theirs.nextNumber());

        Map<Integer, Version> versions = new LinkedHashMap<>();
        ours.versions().forEach(v -> versions.put(v.number(), v));
        Map<Integer, Integer> renumbered = new HashMap<>();
        for (Version theirVersion : theirs.versions()) {
            Version mine = versions.get(theirVersion.number());
            if (mine == null) {
                versions.put(theirVersion.number(), theirVersion);
            } else if (!mine.sameAs(theirVersion)) {
                renumbered.put(theirVersion.number(), next);
                versions.put(next, theirVersion.renumbered(next));
                next++;
            }
        }
        deletedVersions.forEach(versions::remove);

        Map<String, Answer> answers = new LinkedHashMap<>();
        ours.answers().forEach(a -> answers.put(a.id(), a));
        for (Answer answer : theirs.answers()) {
            Integer moved = renumbered.get(answer.version());
            answers.putIfAbsent(answer.id(), moved == null ? answer : answer.forVersion(moved));
        }
        deletedAnswers.forEach(answers::remove);
        List<Answer> kept = new ArrayList<>();
        for (Answer answer : answers.values()) {
            if (versions.containsKey(answer.version())) {
                kept.add(answer);
            } else {
                deletedAnswers.add(answer.id());
            }
        }

        History.Acceptance decided = later(ours.acceptance(), theirs.acceptance());
        History.Acceptance acceptance = decided;
        if (decided != null && decided.answerId() != null && kept.stream().noneMatch(a -> a.id().equals(decided.answerId()))) {
            acceptance = new History.Acceptance(null, decided.at());
        }
        return new History(new ArrayList<>(versions.values()), kept, next, deletedVersions, deletedAnswers, acceptance);
    }

    private static History.Acceptance later(History.Acceptance a, History.Acceptance b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.at().isAfter(a.at()) ? b : a;
    }
}
