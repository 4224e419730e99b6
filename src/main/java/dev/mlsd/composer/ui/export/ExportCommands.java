package dev.mlsd.composer.ui.export;

import dev.mlsd.composer.core.export.ExportWriter;
import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.FileNames;
import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.dialog.Dialogs;
import dev.mlsd.composer.ui.dialog.FileDialogs;
import dev.mlsd.composer.ui.history.HistoryCommands;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.preview.TextClipboard;
import dev.mlsd.composer.ui.project.ErrorText;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * File → Export prompt…, File → Export sections as Markdown…, Edit → Copy section: the text is
 * taken on the FX thread, rendered and written off it by the core's export writer.
 */
public final class ExportCommands {

    private final ProjectViewModel model;
    private final FileDialogs files;
    private final Dialogs dialogs;
    private final ExportWriter exports;
    private final TextClipboard clipboard;
    private final Background background;
    private final Messages messages;
    private final Consumer<String> status;
    private final HistoryCommands history;

    public ExportCommands(ProjectViewModel model, FileDialogs files, Dialogs dialogs, AtomicFileWriter writer, TextClipboard clipboard,
                          Background background, Messages messages, Consumer<String> status, HistoryCommands history) {
        this.history = history;
        this.model = model;
        this.files = files;
        this.dialogs = dialogs;
        this.exports = new ExportWriter(writer);
        this.clipboard = clipboard;
        this.background = background;
        this.messages = messages;
        this.status = status;
    }

    /** Writes the assembled prompt, exactly as {@code render} prints it, to a .md or .txt file, and records it as a version. */
    public void exportPrompt() {
        files.chooseExportTarget(FileDialogs.ExportKind.PROMPT, FileNames.folderOf(model.file()), baseName() + "-prompt.md")
                .map(target -> FileNames.withExtension(target, ".md", ".txt"))
                .ifPresent(target -> {
                    String prompt = model.promptText();
                    write(target, () -> exports.prompt(target, prompt));
                    history.record(null, recording -> { });
                });
    }

    /** Writes sections 1–3 as a Markdown document that imports back to the same sections. */
    public void exportSections() {
        files.chooseExportTarget(FileDialogs.ExportKind.SECTIONS, FileNames.folderOf(model.file()), baseName() + "-sections.md")
                .map(target -> FileNames.withExtension(target, ".md"))
                .ifPresent(target -> {
                    Template template = model.template();
                    Map<String, String> sections = model.document().sections();
                    write(target, () -> exports.sections(target, template, sections));
                });
    }

    /** Puts one section's whole text on the clipboard. */
    public void copySection(String slotId) {
        clipboard.putText(model.document().text(slotId));
        String title = model.template().slot(slotId).map(Slot::title).orElse(slotId);
        status.accept(messages.get("status.sectionCopied", title));
    }

    private void write(Path target, Callable<Path> export) {
        background.run(export, written -> status.accept(messages.get("status.exported", written.getFileName())),
                e -> dialogs.showError(messages.get("error.export", target.getFileName()), new ErrorText(messages).describe(e)));
    }

    /** The project's file name without {@code .mlsd}, which export file names start with. */
    public String baseName() {
        if (model.file() == null) {
            return messages.get("project.untitled.file");
        }
        String name = model.file().getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".mlsd") ? name.substring(0, name.length() - 5) : name;
    }
}
