package dev.mlsd.composer.ui.history;

import dev.mlsd.composer.core.history.VersionDiff;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Version;
import dev.mlsd.composer.core.template.TemplateException;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.i18n.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-line "what changed" of each version (±words per section against the version before it),
 * worked out off the FX thread and kept per version: a version never changes, only what comes
 * before it can (after a deletion), so that is part of the key.
 */
final class HistorySummaries {

    private record Key(int number, Instant created, int previous) {
    }

    /** What changed: nothing known yet is {@code null}; the first version has {@code first} set. */
    private record Summary(boolean first, boolean templateChanged, List<VersionDiff.WordChange> changes, List<String> slots) {
    }

    private final Background background;
    private final Messages messages;
    private final Map<Key, Summary> known = new HashMap<>();
    /** Used on the background thread only. */
    private final TemplateParser parser = new TemplateParser();
    private boolean working;
    private History pending;

    HistorySummaries(Background background, Messages messages) {
        this.background = background;
        this.messages = messages;
    }

    /** The summary line of {@code version} in {@code history}, or "…" while it is being worked out. */
    String line(History history, Version version) {
        Summary summary = known.get(key(history, version));
        if (summary == null) {
            return messages.get("history.summary.pending");
        }
        if (summary.first()) {
            return messages.get("history.summary.first");
        }
        if (summary.changes().isEmpty()) {
            return messages.get(summary.templateChanged() ? "history.summary.template" : "history.summary.same");
        }
        StringBuilder line = new StringBuilder();
        for (VersionDiff.WordChange change : summary.changes()) {
            line.append(line.isEmpty() ? "" : " \u00b7 ").append('\u00a7').append(summary.slots().indexOf(change.slot()) + 1)
                    .append(" +").append(change.added()).append(" \u2212").append(change.removed());
        }
        if (summary.templateChanged()) {
            line.append(" \u00b7 ").append(messages.get("history.summary.template"));
        }
        return line.toString();
    }

    /** Works out the summaries {@code history} lacks, then runs {@code done} on the FX thread (not at all when none lack). */
    void fill(History history, Runnable done) {
        if (working) {
            pending = history;
            return;
        }
        Map<Key, Version[]> missing = new LinkedHashMap<>();
        for (Version version : history.versions()) {
            Key key = key(history, version);
            if (!known.containsKey(key)) {
                missing.put(key, new Version[] {history.previous(version.number()).orElse(null), version});
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        working = true;
        background.run(() -> {
            Map<Key, Summary> made = new HashMap<>();
            Map<String, List<String>> slotsByTemplate = new HashMap<>();
            for (Map.Entry<Key, Version[]> entry : missing.entrySet()) {
                Version version = entry.getValue()[1];
                List<String> slots = slotsByTemplate.computeIfAbsent(version.templateSource(), this::slotsOf);
                made.put(entry.getKey(), summary(entry.getValue()[0], version, slots));
            }
            return made;
        }, made -> {
            known.putAll(made);
            finished(done);
        }, failed -> finished(done));
    }

    private void finished(Runnable done) {
        working = false;
        done.run();
        if (pending != null) {
            History next = pending;
            pending = null;
            fill(next, done);
        }
    }

    private static Summary summary(Version previous, Version version, List<String> templateSlots) {
        if (previous == null) {
            return new Summary(true, false, List.of(), List.of());
        }
        List<String> slots = new ArrayList<>(templateSlots);
        VersionDiff.slots(previous.sections(), version.sections()).stream().filter(s -> !slots.contains(s)).forEach(slots::add);
        return new Summary(false, !previous.templateSource().equals(version.templateSource()),
                VersionDiff.summary(previous.sections(), version.sections()), slots);
    }

    /** The template's slots in order (sections are numbered by them); none when the copy does not parse. */
    private List<String> slotsOf(String templateSource) {
        try {
            return parser.parse(templateSource).slotIds();
        } catch (TemplateException e) {
            return List.of();
        }
    }

    private static Key key(History history, Version version) {
        return new Key(version.number(), version.created(), history.previous(version.number()).map(Version::number).orElse(0));
    }
}
