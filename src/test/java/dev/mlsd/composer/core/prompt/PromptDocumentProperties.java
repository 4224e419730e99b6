package dev.mlsd.composer.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateException;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.core.text.TextCounts;
import dev.mlsd.composer.core.text.TextNormalizer;
import dev.mlsd.composer.testing.Texts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PromptDocumentProperties {

    /** "a" appears twice, so one section edit must move two places of the prompt. */
    private static final String SOURCE = "---\nid: t\ntitle: T\nslots:\n  - id: a\n    title: A\n  - id: b\n    title: B\n---\n"
            + "<a>\n{{a}}\n</a>\nmiddle {{b}} text\nagain: {{a}}!";

    record Edit(String slot, double at, double span, String inserted) {
    }

    @Property(tries = 200)
    void editsKeepTextCountsAndPromptInStep(@ForAll("edits") List<Edit> edits) throws TemplateException {
        Template template = new TemplateParser().parse(SOURCE);
        PromptDocument document = new PromptDocument(template, Map.of("a", "start", "b", ""));
        Map<String, String> expected = new HashMap<>(Map.of("a", "start", "b", ""));
        String prompt = document.assemble().text();
        for (Edit e : edits) {
            String before = expected.get(e.slot());
            int offset = (int) (e.at() * before.length());
            int removed = (int) (e.span() * (before.length() - offset));
            String inserted = TextNormalizer.normalize(e.inserted());
            List<PromptEdit> promptEdits = document.edit(e.slot(), offset, removed, inserted);
            expected.put(e.slot(), before.substring(0, offset) + inserted + before.substring(offset + removed));

            StringBuilder followed = new StringBuilder(prompt);
            for (PromptEdit pe : promptEdits) {
                followed.replace(pe.start(), pe.start() + pe.removedLength(), pe.inserted());
            }
            prompt = document.assemble().text();
            assertThat(followed.toString()).isEqualTo(prompt);
            assertThat(promptEdits).hasSize(e.slot().equals("a") ? 2 : 1);
            assertThat(document.text(e.slot())).isEqualTo(expected.get(e.slot()));
            assertThat(document.sections()).isEqualTo(expected);
            assertThat(document.counts(e.slot())).isEqualTo(TextCounts.of(expected.get(e.slot())));
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(
                Arbitraries.of("a", "b"),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Texts.tricky()).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(25);
    }
}
