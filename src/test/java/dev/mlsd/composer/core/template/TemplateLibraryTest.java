package dev.mlsd.composer.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLibraryTest {

    @TempDir
    Path folder;

    static final String GOOD = "---\nid: team.design\ntitle: Team design\nlanguage: en\nslots:\n  - id: goals\n    title: Goals\n---\n# Goals\n{{goals}}\n";

    @Test
    void userTemplatesFollowTheBuiltInsAndBrokenOnesAreReportedWithTheirLine() throws Exception {
        Files.writeString(folder.resolve("b-good.md"), GOOD);
        Files.writeString(folder.resolve("a-broken.md"), "---\nid: broken\ntitle: Broken\nslots:\n  - id: a\n    title: A\n  - id: b\n---\n{{a}}{{b}}");
        Files.writeString(folder.resolve("c-yaml.md"), "---\nid: y\ntitle: [unclosed\n---\n");
        Files.writeString(folder.resolve("d-duplicate.md"), GOOD.replace("Team design", "Another"));
        Files.writeString(folder.resolve("e-builtin-id.md"), GOOD.replace("team.design", "architecture-and-models.ru"));
        Files.write(folder.resolve("f-latin1.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xE9});
        Files.writeString(folder.resolve("notes.txt"), "not a template");

        TemplateLibrary library = new TemplateLibrary(new TemplateParser(), folder);
        assertThat(library.all()).extracting(t -> t.id())
                .containsExactly("architecture-and-models.ru", "architecture-and-models.en", "team.design");
        assertThat(library.entry("team.design").orElseThrow().file()).isEqualTo(folder.resolve("b-good.md"));
        // The YAML reader words its own part of the message; ours names the file, the line and the front matter.
        Pattern yamlProblem = Pattern.compile(Pattern.quote(folder.resolve("c-yaml.md") + ": line ") + "[34]"
                + Pattern.quote(": the front matter is not valid YAML: ") + ".*flow sequence.*expected ',' or ']'.*", Pattern.DOTALL);
        assertThat(library.problems()).extracting(TemplateLibrary.Problem::describe).satisfiesExactly(
                a -> assertThat(a).isEqualTo(folder.resolve("a-broken.md") + ": line 7: slot 2 ('b') has no 'title'"),
                c -> assertThat(c).matches(yamlProblem),
                d -> assertThat(d).isEqualTo(folder.resolve("d-duplicate.md") + ": the id 'team.design' is already taken by another template; this one is skipped"),
                e -> assertThat(e).isEqualTo(folder.resolve("e-builtin-id.md") + ": the id 'architecture-and-models.ru' is already taken by another template; this one is skipped"),
                f -> assertThat(f).isEqualTo(folder.resolve("f-latin1.md") + ": is not UTF-8 text"));
        assertThat(library.problems().get(1).line()).isBetween(3, 4);
    }

    @Test
    void reloadPicksUpNewAndChangedFiles() throws Exception {
        TemplateLibrary library = new TemplateLibrary(new TemplateParser(), folder.resolve("not-yet"));
        assertThat(library.all()).hasSize(2);
        Files.createDirectories(folder.resolve("not-yet"));
        Files.writeString(folder.resolve("not-yet/t.md"), GOOD);
        assertThat(library.all()).as("a snapshot until reloaded").hasSize(2);
        library.reload();
        assertThat(library.find("team.design")).isPresent();
        assertThat(library.sourceOf("team.design")).contains(GOOD);
    }
}
