package dev.mlsd.composer.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.model.Version;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.core.tokens.TokenCounter;
import dev.mlsd.composer.testing.Texts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any sequence of edits, records and deletions: every version re-renders to the bytes its prompt had when recorded, also after a save and a load. */
class VersionPromptProperties {

    private static final TemplateLibrary TEMPLATES = new TemplateLibrary(new TemplateParser());
    private static final TokenCounter TOKENS = new TokenCounter();

    private final VersionBook book = new VersionBook(new TemplateParser(), new PromptAssembler(), TOKENS);
    private final ProjectCodec codec = new ProjectCodec();

    sealed interface Step permits Edit, Record, Delete, Switch {
    }

    record Edit(int slot, int line, String text, boolean replace) implements Step {
    }

    record Record() implements Step {
    }

    record Delete(int which) implements Step {
    }

    record Switch() implements Step {
    }

    @Property(tries = 60)
    void everyVersionReRendersToTheBytesOfItsPrompt(@ForAll("steps") List<Step> steps) throws Exception {
        List<Template> templates = TEMPLATES.all();
        Template template = templates.get(0);
        Instant now = Instant.parse("2026-11-30T04:00:00Z");
        Project project = Project.create(template, Map.of(), now);
        Map<Integer, byte[]> copied = new HashMap<>();
        int switches = 0;
        for (Step step : steps) {
            now = now.plusSeconds(1);
            if (step instanceof Edit edit) {
                project = project.withSections(edited(project, edit), now);
            } else if (step instanceof Record) {
                VersionBook.Recording recording = book.record(project, null, now);
                byte[] prompt = book.prompt(project).getBytes(StandardCharsets.UTF_8);
                project = recording.project();
                if (recording.recorded().isPresent()) {
                    copied.put(recording.recorded().get().number(), prompt);
                } else {
                    assertThat(book.prompt(recording.latest()).getBytes(StandardCharsets.UTF_8)).isEqualTo(prompt);
                }
            } else if (step instanceof Delete delete && !project.history().versions().isEmpty()) {
                List<Version> versions = project.history().versions();
                int number = versions.get(delete.which() % versions.size()).number();
                project = project.withHistory(project.history().deleteVersion(number), now);
                copied.remove(number);
            } else if (step instanceof Switch) {
                Template next = templates.get(++switches % templates.size());
                project = new Project(next.id(), next.source(), project.sections(), project.created(), now,
                        project.unknownFields(), null, project.history());
            }
        }
        Project reloaded = codec.decode(codec.encode(project));
        assertThat(reloaded.history()).isEqualTo(project.history());
        assertThat(copied.keySet()).containsExactlyInAnyOrderElementsOf(
                reloaded.history().versions().stream().map(Version::number).toList());
        for (Version version : reloaded.history().versions()) {
            assertThat(book.prompt(version).getBytes(StandardCharsets.UTF_8)).as("version " + version.number())
                    .isEqualTo(copied.get(version.number()));
        }
    }

    private static Map<String, String> edited(Project project, Edit edit) {
        Map<String, String> sections = new LinkedHashMap<>(project.sections());
        List<String> slots = List.copyOf(sections.keySet());
        String slot = slots.get(edit.slot() % slots.size());
        List<String> lines = new java.util.ArrayList<>(List.of(sections.get(slot).split("\n", -1)));
        int at = edit.line() % lines.size();
        // Text enters the app normalised (the editors' paste, import and --section normalise it), and the
        // model keeps it as it gets it: a raw CR here would be a state the app never holds.
        String text = dev.mlsd.composer.core.text.TextNormalizer.normalize(edit.text());
        if (edit.replace()) {
            lines.set(at, text);
        } else {
            lines.add(at, text);
        }
        sections.put(slot, String.join("\n", lines));
        return sections;
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> edit = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 50),
                Texts.tricky(), Arbitraries.of(true, false)).as(Edit::new);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, edit),
                net.jqwik.api.Tuple.of(4, Arbitraries.just(new Record())),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 20).map(Delete::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Switch())));
        return step.list().ofMinSize(1).ofMaxSize(40);
    }
}
