package dev.mlsd.composer.ui.answer;

import dev.mlsd.composer.core.answer.AnswerCheck;
import dev.mlsd.composer.core.export.DesignDocument;
import dev.mlsd.composer.core.export.ExportWriter;
import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.FileNames;
import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.AnswerSpec;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.dialog.Dialogs;
import dev.mlsd.composer.ui.dialog.FileDialogs;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ErrorText;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File → Export design document…: sections 1–3 as they are now and the accepted answer as section 4,
 * as Markdown or one HTML file, written off the FX thread. Without an accepted answer the latest one
 * is offered; an answer made from other sections than today's is exported only when the user says so.
 */
public final class DesignDocumentExport {

    /** What the export works with, handed in by the one place that wires the window. */
    public record Parts(ProjectViewModel model, Runnable flushEdits, TemplateLibrary library,
                        FileDialogs files, Dialogs dialogs, AtomicFileWriter writer, Background background, Messages messages,
                        Clock clock, Supplier<String> baseName, Consumer<String> status) {
    }

    private final Parts p;
    private final ExportWriter exports;

    public DesignDocumentExport(Parts parts) {
        this.p = parts;
        this.exports = new ExportWriter(parts.writer());
    }

    public void export() {
        p.flushEdits().run();
        Messages m = p.messages();
        History history = p.model().history();
        Optional<Answer> chosen = history.accepted().or(() -> latestOffered(history.answers()));
        if (chosen.isEmpty()) {
            return;
        }
        Answer answer = chosen.get();
        Project project = p.model().snapshot(p.clock().instant());
        if (DesignDocument.answerIsOutdated(project, answer) && !p.dialogs().askToProceed(m.get("dialog.design.outdated.header"),
                m.get("dialog.design.outdated.details", answer.version()), m.get("dialog.design.export"))) {
            return;
        }
        Template template = p.model().template();
        String title = AnswerCheck.specFor(template, p.library()).map(AnswerSpec::title).orElse("4. " + template.title());
        p.files().chooseExportTarget(FileDialogs.ExportKind.DESIGN_DOCUMENT, FileNames.folderOf(p.model().file()),
                        p.baseName().get() + "-design.md")
                .map(target -> FileNames.withExtension(target, ".md", ".html", ".htm", ".markdown"))
                .ifPresent(target -> write(target, template, project, answer, title));
    }

    /** No answer is accepted: the latest one, if the user agrees to it; empty (the user told why) otherwise. */
    private Optional<Answer> latestOffered(List<Answer> answers) {
        Messages m = p.messages();
        if (answers.isEmpty()) {
            p.dialogs().showError(m.get("error.design.noAnswer"), m.get("error.design.noAnswer.details"));
            return Optional.empty();
        }
        Answer latest = answers.stream().max(java.util.Comparator.comparing(Answer::created)).orElseThrow();
        return p.dialogs().askToProceed(m.get("dialog.design.noAccepted.header"),
                m.get("dialog.design.noAccepted.details", latest.version()), m.get("dialog.design.useLatest"))
                ? Optional.of(latest) : Optional.empty();
    }

    private void write(Path target, Template template, Project project, Answer answer, String title) {
        Messages m = p.messages();
        p.background().run(() -> exports.designDocument(target, template, project, answer, title),
                written -> p.status().accept(m.get("status.design.exported", written.getFileName())),
                e -> p.dialogs().showError(m.get("error.export", target.getFileName()), new ErrorText(m).describe(e)));
    }
}
