package dev.mlsd.composer.core.history;

import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Version;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.template.TemplateException;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.core.tokens.TokenCounter;
import dev.mlsd.composer.core.tokens.TokenEncoding;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the window and the command line do with a project's versions and answers: record, render,
 * restore, add and accept. Every method returns the changed project and leaves saving (and journalling)
 * to the caller. Rendering and counting tokens take a while on a long prompt: never on the FX thread.
 */
public final class VersionBook {

    private final TemplateParser parser;
    private final PromptAssembler assembler;
    private final TokenCounter tokens;

    /** A project after an attempt to record it: {@code recorded} is empty when nothing changed since the latest version. */
    public record Recording(Project project, Optional<Version> recorded, Version latest) {
    }

    public VersionBook(TemplateParser parser, PromptAssembler assembler, TokenCounter tokens) {
        this.parser = parser;
        this.assembler = assembler;
        this.tokens = tokens;
    }

    /**
     * Records {@code project}'s sections and template copy as a new version, unless the latest version
     * holds exactly them (then nothing is recorded and {@code latest} is that version).
     */
    public Recording record(Project project, String label, Instant now) throws TemplateException {
        History history = project.history();
        if (history.unchangedSinceLatest(project)) {
            return new Recording(project, Optional.empty(), history.latest().orElseThrow());
        }
        String prompt = prompt(project);
        History more = history.record(project, label, tokens.count(TokenEncoding.O200K_BASE, prompt), now);
        Version made = more.latest().orElseThrow();
        return new Recording(project.withHistory(more, now), Optional.of(made), made);
    }

    /** The prompt of {@code version}, byte for byte as it was when recorded. */
    public String prompt(Version version) throws TemplateException {
        return assembler.assemble(parser.parse(version.templateSource()), version.sections()).text();
    }

    /** The prompt of the project's current state. */
    public String prompt(Project project) throws TemplateException {
        return assembler.assemble(parser.parse(project.templateSource()), project.sections()).text();
    }

    /**
     * {@code project} with the sections of version {@code number}. The current text is recorded as a
     * version first unless some version already holds it, so restoring never loses text.
     */
    public Project restore(Project project, int number, Instant now) throws TemplateException {
        Version target = project.history().version(number)
                .orElseThrow(() -> new IllegalArgumentException("no version " + number));
        Project kept = project.history().holding(project).isPresent() ? project : record(project, null, now).project();
        Map<String, String> sections = new LinkedHashMap<>(target.sections());
        return new Project(target.templateId(), target.templateSource(), sections, kept.created(), now,
                kept.unknownFields(), kept.migratedFrom(), kept.history());
    }

    /**
     * {@code project} with {@code text} as an answer to version {@code number} (null: the latest; when
     * there is no version yet, the current state is recorded first and the answer goes to it).
     *
     * @throws BadInputException when the text is too large or not text (nothing is changed then)
     */
    public Added addAnswer(Project project, String text, Integer number, String model, boolean accept, Instant now)
            throws BadInputException, TemplateException {
        AnswerText.check(text);
        Project base = project;
        int version;
        if (number != null) {
            version = project.history().version(number)
                    .orElseThrow(() -> new IllegalArgumentException("no version " + number)).number();
        } else {
            if (project.history().latest().isEmpty()) {
                base = record(project, null, now).project();
            }
            version = base.history().latest().orElseThrow().number();
        }
        Answer answer = new Answer(newId(base.history()), version, now, model, text);
        History history = base.history().addAnswer(answer);
        if (accept) {
            history = history.accept(answer.id(), now);
        }
        return new Added(base.withHistory(history, now), answer);
    }

    /** A project after {@link #addAnswer}, and the answer added. */
    public record Added(Project project, Answer answer) {
    }

    private static String newId(History history) {
        while (true) {
            String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            if (history.answer(id).isEmpty() && !history.deletedAnswers().contains(id)) {
                return id;
            }
        }
    }
}
