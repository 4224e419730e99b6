package dev.mlsd.composer.ui.importer;

import dev.mlsd.composer.core.importer.DecodedText;
import dev.mlsd.composer.core.importer.DocumentImport;
import dev.mlsd.composer.core.importer.Heading;
import dev.mlsd.composer.core.importer.SectionMapper;
import dev.mlsd.composer.core.io.FileNames;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.dialog.Dialogs;
import dev.mlsd.composer.ui.dialog.FileDialogs;
import dev.mlsd.composer.ui.dialog.ImportProposal;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ErrorText;
import dev.mlsd.composer.ui.project.ProjectChanges;
import dev.mlsd.composer.ui.project.ProjectCommands;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File → Import design document… and documents dropped on the window or on one editor: read off
 * the FX thread (encoding detected), a proposed mojibake repair shown first, then the mapping
 * dialog; the result is a new project, or — undoably — this project's sections.
 */
public final class ImportCommands {

    private final ProjectViewModel model;
    private final ProjectCommands projects;
    private final ProjectChanges changes;
    private final Supplier<SectionMapper> mapper;
    private final Dialogs dialogs;
    private final FileDialogs files;
    private final Background background;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<String> status;

    public ImportCommands(ProjectViewModel model, ProjectCommands projects, ProjectChanges changes, Supplier<SectionMapper> mapper, Dialogs dialogs,
                          FileDialogs files, Background background, Messages messages, Clock clock, Consumer<String> status) {
        this.model = model;
        this.projects = projects;
        this.changes = changes;
        this.mapper = mapper;
        this.dialogs = dialogs;
        this.files = files;
        this.background = background;
        this.messages = messages;
        this.clock = clock;
        this.status = status;
    }

    /** File → Import design document…. */
    public void importDocument() {
        files.chooseDocumentToImport(FileNames.folderOf(model.file())).ifPresent(document -> importDocument(document, null));
    }

    /** Imports {@code document}: into every slot, or (dropped on an editor) into {@code onlySlot}. */
    public void importDocument(Path document, String onlySlot) {
        Template template = model.template();
        String name = document.getFileName().toString();
        background.run(() -> DocumentImport.read(document), decoded -> {
            String text = decoded.text();
            if (decoded.repair() != null) {
                switch (dialogs.askRepair(name, decoded.repair(), decoded.text())) {
                    case REPAIR -> text = decoded.repair().repairedText();
                    case KEEP -> { }
                    case CANCEL -> {
                        return;
                    }
                }
            }
            String chosen = text;
            background.run(() -> DocumentImport.of(decoded, chosen, template, mapper.get()),
                    imported -> propose(name, decoded, imported, template, onlySlot),
                    e -> dialogs.showError(messages.get("error.import", name), new ErrorText(messages).describe(e)));
        }, e -> dialogs.showError(messages.get("error.import", name), new ErrorText(messages).describe(e)));
    }

    private void propose(String name, DecodedText decoded, DocumentImport imported, Template template, String onlySlot) {
        List<Slot> slots = onlySlot == null ? template.slots() : template.slot(onlySlot).map(List::of).orElse(template.slots());
        Map<String, List<Heading>> proposed = new LinkedHashMap<>();
        for (Slot slot : slots) {
            proposed.put(slot.id(), imported.mapping().bySlot().getOrDefault(slot.id(), List.of()));
        }
        dialogs.askImport(new ImportProposal(name, imported, slots, proposed)).ifPresent(decision -> {
            Map<String, String> texts = imported.sections(template, decision.assignment());
            if (decision.intoThisProject()) {
                Map<String, String> sections = new LinkedHashMap<>(model.document().sections());
                decision.assignment().forEach((slot, headings) -> sections.put(slot, texts.get(slot)));
                Project current = model.snapshot(clock.instant());
                changes.apply(current.withSections(sections, clock.instant()), template);
                status.accept(messages.get("status.imported.into", name));
            } else {
                projects.whenChangesHandled(() -> {
                    model.open(Project.create(template, texts, clock.instant()), template, null);
                    status.accept(messages.get("status.imported", name, decoded.charset()));
                });
            }
        });
    }
}
