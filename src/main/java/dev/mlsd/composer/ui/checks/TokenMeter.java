package dev.mlsd.composer.ui.checks;

import dev.mlsd.composer.core.settings.Settings;
import dev.mlsd.composer.core.tokens.ContextBudget;
import dev.mlsd.composer.core.tokens.PromptStats;
import dev.mlsd.composer.core.tokens.TokenEncoding;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.settings.SettingsKeeper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * The context-window meter in the status bar: the prompt's tokens against the window minus the
 * room kept for the answer; amber from 80 %, red over the limit.
 */
public final class TokenMeter {

    private final Label label = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final HBox root = new HBox(6, label, bar);
    private final Messages messages;
    private final SettingsKeeper settings;
    private final CheckRunner runner;
    private PromptStats stats;

    public TokenMeter(CheckRunner runner, SettingsKeeper settings, Messages messages) {
        this.runner = runner;
        this.messages = messages;
        this.settings = settings;
        label.getStyleClass().add("token-meter-label");
        bar.getStyleClass().add("token-meter");
        bar.setPrefWidth(110);
        root.getStyleClass().add("token-meter-box");
        runner.resultsProperty().addListener((obs, old, now) -> {
            stats = now == null ? null : now.stats();
            refresh();
        });
        settings.settingsProperty().addListener((obs, old, now) -> {
            if (!old.tokenMeter().encoding().equals(now.tokenMeter().encoding())) {
                runner.runNow();
            }
            refresh();
        });
        messages.localeProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    public Node node() {
        return root;
    }

    Label label() {
        return label;
    }

    ProgressBar bar() {
        return bar;
    }

    /** The encoding the meter counts with. */
    public TokenEncoding encoding() {
        return encodingOf(settings.get().tokenMeter());
    }

    public static TokenEncoding encodingOf(Settings.TokenMeter meter) {
        return "cl100k_base".equals(meter.encoding()) ? TokenEncoding.CL100K_BASE : TokenEncoding.O200K_BASE;
    }

    private void refresh() {
        Settings.TokenMeter meter = settings.get().tokenMeter();
        ContextBudget budget = new ContextBudget(meter.contextWindow(), meter.answerRoom());
        TokenEncoding encoding = encodingOf(meter);
        bar.getStyleClass().removeAll("meter-ok", "meter-amber", "meter-red");
        if (stats == null || stats.tokens(encoding) < 0) {
            label.setText(messages.get("meter.counting", encoding.id()));
            bar.setProgress(0);
            bar.getStyleClass().add("meter-ok");
            return;
        }
        int tokens = stats.tokens(encoding);
        label.setText(messages.get("meter.label", encoding.id(), tokens, budget.limit(), meter.contextWindow(), meter.answerRoom()));
        bar.setProgress(Math.min(1.0, budget.used(tokens)));
        ContextBudget.Level level = budget.level(tokens);
        bar.getStyleClass().add("meter-" + level.name().toLowerCase(java.util.Locale.ROOT));
        bar.setAccessibleText(messages.get("meter.accessible." + level.name().toLowerCase(java.util.Locale.ROOT)));
    }
}
