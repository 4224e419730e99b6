package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.lint.Linter;
import dev.mlsd.composer.core.tokens.TokenCounter;
import dev.mlsd.composer.core.recovery.RecoveryJournal;
import dev.mlsd.composer.core.settings.Settings;
import dev.mlsd.composer.core.spelling.SpellingDictionaries;
import dev.mlsd.composer.core.settings.SettingsStore;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.dialog.Dialogs;
import dev.mlsd.composer.ui.dialog.FileDialogs;
import dev.mlsd.composer.ui.dialog.FolderOpener;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.preview.TextClipboard;
import java.time.Clock;

/**
 * Everything the main window works with, handed in by the one place that wires the app (or by a
 * test, with its own dialogs). {@code journal} may be null when the state folder cannot be used;
 * {@code exit} ends the app once the user may quit. {@code background} does file work in order;
 * {@code analysis} the checks and token counts, so they never hold up a save. {@code dictionaries}
 * are the spell-check's, read when spell-check first runs.
 */
public record WindowServices(
        ProjectStore store,
        AtomicFileWriter writer,
        TemplateLibrary templates,
        SettingsStore settingsStore,
        Settings initialSettings,
        RecoveryJournal journal,
        Messages messages,
        Dialogs dialogs,
        FileDialogs fileDialogs,
        FolderOpener folders,
        TextClipboard clipboard,
        Background background,
        Background analysis,
        Linter linter,
        TokenCounter tokens,
        Clock clock,
        Runnable exit,
        SpellingDictionaries dictionaries) {
}
