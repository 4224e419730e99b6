package dev.mlsd.composer.ui.checks;

import dev.mlsd.composer.core.lint.Finding;
import dev.mlsd.composer.core.lint.Linter;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.tokens.PromptStats;
import dev.mlsd.composer.core.tokens.StatsCalculator;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import java.util.List;
import java.util.Locale;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import dev.mlsd.composer.core.tokens.TokenEncoding;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * Runs the checks and counts the tokens off the FX thread, a moment after typing stops; results
 * for text that has changed since are dropped. The FX thread only copies the sections.
 */
public final class CheckRunner {

    /** The results of one run, and the edit revision they belong to. */
    public record Results(long revision, List<Finding> findings, PromptStats stats) {
    }

    private final ProjectViewModel model;
    private final Linter linter;
    private final StatsCalculator calculator;
    private final Background analysis;
    private final Messages messages;
    private final PauseTransition delay = new PauseTransition(Duration.millis(300));
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final SimpleObjectProperty<Results> results = new SimpleObjectProperty<>();
    private boolean started;

    private final Supplier<TokenEncoding> encoding;

    /** {@code encoding}: the encoding the window shows; only the prompt's total in it is counted. */
    public CheckRunner(ProjectViewModel model, Linter linter, StatsCalculator calculator, Background analysis, Messages messages,
                       Supplier<TokenEncoding> encoding) {
        this.encoding = encoding;
        this.model = model;
        this.linter = linter;
        this.calculator = calculator;
        this.analysis = analysis;
        this.messages = messages;
        delay.setOnFinished(e -> runNow());
        model.onSectionChange(change -> delay.playFromStart());
        model.documentProperty().addListener((obs, old, now) -> delay.playFromStart());
        messages.localeProperty().addListener((obs, old, now) -> runNow());
    }

    /**
     * Lets the checks run, and runs them. Until then requests wait: the window calls this once its
     * first frames are up, so loading the tokenizer does not compete with them for the cores.
     */
    public void start() {
        started = true;
        runNow();
    }

    /** Checks and counts the current text now (the work itself happens off the FX thread). */
    public void runNow() {
        delay.stop();
        if (!started || model.document() == null) {
            return;
        }
        long revision = model.revision();
        Template template = model.template();
        Map<String, String> sections = model.document().sections();
        Locale locale = messages.locale();
        Set<TokenEncoding> counted = EnumSet.of(encoding.get());
        analysis.run(() -> new Results(revision, linter.lint(template, sections, locale),
                        calculator.stats(template, sections, counted, false)),
                done -> {
                    if (done.revision() == model.revision() && template == model.template()) {
                        if (!findings.equals(done.findings())) {
                            findings.setAll(done.findings());
                        }
                        results.set(done);
                    }
                }, e -> { });
    }

    /** The findings for the current text (empty until the first run ends). */
    public ObservableList<Finding> findings() {
        return findings;
    }

    /** The latest results that are still current, or stale ones until the next run ends. */
    public ReadOnlyObjectProperty<Results> resultsProperty() {
        return results;
    }

    /** The stats, if they were counted for exactly the current text. */
    public PromptStats currentStats() {
        Results r = results.get();
        return r != null && r.revision() == model.revision() ? r.stats() : null;
    }
}
