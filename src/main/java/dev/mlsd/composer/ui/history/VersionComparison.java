package dev.mlsd.composer.ui.history;

import dev.mlsd.composer.core.history.VersionBook;
import dev.mlsd.composer.core.history.VersionDiff;
import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.model.Version;
import dev.mlsd.composer.core.template.TemplateException;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.ui.diff.DiffSection;
import java.util.ArrayList;
import java.util.List;

/** The differences between two versions, per section and for the whole prompt; worked out off the FX thread. */
final class VersionComparison {

    /** Both views of one comparison: the sections that differ (and the template, if it does), and the whole prompt. */
    record Compared(List<DiffSection> bySection, List<DiffSection> wholePrompt, boolean same) {
    }

    private final VersionBook book;
    private final TemplateParser parser = new TemplateParser();

    VersionComparison(VersionBook book) {
        this.book = book;
    }

    /** From {@code older} to {@code newer}; section titles are {@code newer}'s template's, {@code templateTitle} heads a template change. */
    Compared compare(Version older, Version newer, String templateTitle) throws TemplateException {
        Template titles = parser.parse(newer.templateSource());
        List<DiffSection> bySection = new ArrayList<>();
        for (String slot : VersionDiff.slots(older.sections(), newer.sections())) {
            String before = older.section(slot);
            String after = newer.section(slot);
            if (!before.equals(after)) {
                bySection.add(DiffSection.between(titles.slot(slot).map(Slot::title).orElse(slot), before, after));
            }
        }
        if (!older.templateSource().equals(newer.templateSource())) {
            bySection.add(DiffSection.between(templateTitle, older.templateSource(), newer.templateSource()));
        }
        DiffSection whole = DiffSection.between("", book.prompt(older), book.prompt(newer));
        return new Compared(bySection, List.of(whole), bySection.isEmpty());
    }
}
