package dev.mlsd.composer.ui.preview;

import dev.mlsd.composer.core.tokens.PromptStats;
import dev.mlsd.composer.ui.checks.CheckRunner;
import dev.mlsd.composer.ui.checks.TokenMeter;
import dev.mlsd.composer.ui.history.HistoryCommands;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import java.util.function.Consumer;

/**
 * Copy prompt: exactly the assembled prompt on the clipboard as plain text, said with its token count
 * when known, and recorded as a version (nothing new when the latest version holds it).
 */
public final class PromptCopy implements Runnable {

    private final ProjectViewModel model;
    private final TextClipboard clipboard;
    private final CheckRunner checks;
    private final TokenMeter meter;
    private final Messages messages;
    private final Consumer<String> status;
    private final HistoryCommands history;

    public PromptCopy(ProjectViewModel model, TextClipboard clipboard, CheckRunner checks, TokenMeter meter, Messages messages,
                      Consumer<String> status, HistoryCommands history) {
        this.history = history;
        this.model = model;
        this.clipboard = clipboard;
        this.checks = checks;
        this.meter = meter;
        this.messages = messages;
        this.status = status;
    }

    @Override
    public void run() {
        String prompt = model.promptText();
        clipboard.putText(prompt);
        history.recordCopied();
        int chars = prompt.codePointCount(0, prompt.length());
        PromptStats stats = checks.currentStats();
        status.accept(stats == null || stats.tokens(meter.encoding()) < 0 ? messages.get("status.copied", chars)
                : messages.get("status.copied.tokens", chars, stats.tokens(meter.encoding()), meter.encoding().id()));
    }
}
