package dev.mlsd.composer.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mlsd.composer.ui.editor.MarkdownLineStyler.StyleRun;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MarkdownLineStylerTest {

    private static final Set<String> CLASSES = Set.of("", "md-heading", "md-quote", "md-fence", "md-list", "md-table",
            "md-bold", "md-italic", "md-code", "md-link", "md-placeholder");

    private final MarkdownLineStyler styler = new MarkdownLineStyler();

    /** Runs as {@code class:text} joined by '|', e.g. {@code md-bold:**x**|: y}; plain text has an empty class. */
    private String render(String line) {
        List<StyleRun> runs = styler.style(line);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (StyleRun run : runs) {
            if (out.length() > 0) {
                out.append('|');
            }
            out.append(run.styleClass()).append(':').append(line, at, at + run.length());
            at += run.length();
        }
        return out.toString();
    }

    /** The lines styled as one block, each rendered as by {@link #render}, joined by " ⏎ ". */
    private String renderBlock(String... lines) {
        List<List<StyleRun>> styled = styler.styleBlock(List.of(lines)).lines();
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < lines.length; k++) {
            if (k > 0) {
                out.append(" ⏎ ");
            }
            int at = 0;
            for (StyleRun run : styled.get(k)) {
                if (at > 0) {
                    out.append('|');
                }
                out.append(run.styleClass()).append(':').append(lines[k], at, at + run.length());
                at += run.length();
            }
        }
        return out.toString();
    }

    @Test
    void anEmptyLineHasNoRuns() {
        assertThat(styler.style("")).isEmpty();
        assertThat(styler.style(null)).isEmpty();
    }

    @Test
    void plainTextIsOneRun() {
        assertThat(render("just text")).isEqualTo(":just text");
        assertThat(render("Снизить отток клиентов на 5%")).isEqualTo(":Снизить отток клиентов на 5%");
        assertThat(styler.style("abc")).containsExactly(new StyleRun(3, ""));
    }

    @Test
    void atxHeadingsStyleTheWholeLine() {
        assertThat(render("# Title")).isEqualTo("md-heading:# Title");
        assertThat(render("### Цели проекта")).isEqualTo("md-heading:### Цели проекта");
        assertThat(render("   ###### six")).isEqualTo("md-heading:   ###### six");
        assertThat(render("#")).isEqualTo("md-heading:#");
        assertThat(render("##\tTab")).isEqualTo("md-heading:##\tTab");
        assertThat(render("# **bold** {{x}} `c`")).isEqualTo("md-heading:# **bold** {{x}} `c`");
    }

    @Test
    void notHeadings() {
        assertThat(render("#heading")).isEqualTo(":#heading");
        assertThat(render("####### seven")).isEqualTo(":####### seven");
        // CommonMark: four columns of indentation make an indented code block, not a heading
        assertThat(render("    # four spaces")).isEqualTo("md-fence:    # four spaces");
        assertThat(render("a # b")).isEqualTo(":a # b");
        assertThat(render("#hashtag **x**")).isEqualTo(":#hashtag |md-bold:**x**");
    }

    @Test
    void quotesStyleTheWholeLine() {
        assertThat(render("> quoted *text*")).isEqualTo("md-quote:> quoted *text*");
        assertThat(render("   >no space")).isEqualTo("md-quote:   >no space");
        assertThat(render(">")).isEqualTo("md-quote:>");
    }

    @Test
    void notQuotes() {
        // CommonMark: an indented code block, not a quote
        assertThat(render("    > four spaces")).isEqualTo("md-fence:    > four spaces");
        assertThat(render("a > b")).isEqualTo(":a > b");
    }

    @Test
    void fencesStyleTheWholeLine() {
        assertThat(render("```")).isEqualTo("md-fence:```");
        assertThat(render("```java")).isEqualTo("md-fence:```java");
        assertThat(render("~~~")).isEqualTo("md-fence:~~~");
        assertThat(render("  ````markdown *x*")).isEqualTo("md-fence:  ````markdown *x*");
    }

    @Test
    void notFences() {
        assertThat(render("``")).isEqualTo(":``");
        assertThat(render("~~")).isEqualTo(":~~");
        // CommonMark: an indented code block (code all the same), not a fence
        assertThat(render("    ```")).isEqualTo("md-fence:    ```");
        assertThat(render("text ```")).isEqualTo(":text ```");
    }

    @Test
    void listMarkersAloneAreStyled() {
        assertThat(render("- item")).isEqualTo("md-list:-|: item");
        assertThat(render("* item")).isEqualTo("md-list:*|: item");
        assertThat(render("+ item")).isEqualTo("md-list:+|: item");
        assertThat(render("  - nested")).isEqualTo(":  |md-list:-|: nested");
        // CommonMark: a leading tab is four columns, so this is an indented code block
        assertThat(render("\t- tabbed")).isEqualTo("md-fence:\t- tabbed");
        assertThat(renderBlock("- item", "\t- tabbed")).isEqualTo("md-list:-|: item ⏎ :\t|md-list:-|: tabbed");
        assertThat(render("1. first")).isEqualTo("md-list:1.|: first");
        assertThat(render("10) tenth")).isEqualTo("md-list:10)|: tenth");
        assertThat(render("- ")).isEqualTo("md-list:-|: ");
        // CommonMark: a lone "-" is an empty list item (the line scanner read it as text)
        assertThat(render("-")).isEqualTo("md-list:-");
    }

    @Test
    void listItemsGetInlineStyles() {
        assertThat(render("- **Бизнес-цель:** снизить отток"))
                .isEqualTo("md-list:-|: |md-bold:**Бизнес-цель:**|: снизить отток");
        assertThat(render("* *italic* item")).isEqualTo("md-list:*|: |md-italic:*italic*|: item");
        assertThat(render("2. see {{metrics}}")).isEqualTo("md-list:2.|: see |md-placeholder:{{metrics}}");
    }

    @Test
    void notListMarkers() {
        assertThat(render("-item")).isEqualTo(":-item");
        assertThat(render("---")).isEqualTo(":---");
        assertThat(render("1.5 million")).isEqualTo(":1.5 million");
        assertThat(render("1234567890. too many digits")).isEqualTo(":1234567890. too many digits");
        assertThat(render("a - b")).isEqualTo(":a - b");
        assertThat(render("**bold** start")).isEqualTo("md-bold:**bold**|: start");
    }

    @Test
    void tablePipesAreStyled() {
        // GFM: a table is a header row and a delimiter row; a row alone is a paragraph
        assertThat(renderBlock("| a | b |", "|---|---|"))
                .isEqualTo("md-table:||: a |md-table:||: b |md-table:| ⏎ md-table:||:---|md-table:||:---|md-table:|");
        assertThat(renderBlock("| a |", "  |---|")).isEqualTo("md-table:||: a |md-table:| ⏎ :  |md-table:||:---|md-table:|");
        assertThat(renderBlock("| **Метрика** | {{x}} |", "|---|---|")).startsWith(
                "md-table:||: |md-bold:**Метрика**|: |md-table:||: |md-placeholder:{{x}}|: |md-table:| ⏎ ");
        assertThat(render("| a | b |")).isEqualTo(":| a | b |");
    }

    @Test
    void tablePipesInsideCodeOrEscapedAreNot() {
        assertThat(renderBlock("| `a` | b |", "|---|---|")).startsWith("md-table:||: |md-code:`a`|: |md-table:||: b |md-table:| ⏎ ");
        assertThat(renderBlock("| a \\| b |", "|---|")).isEqualTo("md-table:||: a \\| b |md-table:| ⏎ md-table:||:---|md-table:|");
        // GFM: a pipe splits the cell even inside backticks (escape it to keep it), so here it is a table pipe
        assertThat(renderBlock("| `a|b` |", "|---|---|")).startsWith("md-table:||: `a|md-table:||:b` |md-table:| ⏎ ");
    }

    @Test
    void pipesOutsideTablesArePlain() {
        assertThat(render("a | b | c")).isEqualTo(":a | b | c");
        assertThat(render("- | x |")).isEqualTo("md-list:-|: | x |");
    }

    @Test
    void bold() {
        assertThat(render("**bold**")).isEqualTo("md-bold:**bold**");
        assertThat(render("__bold__")).isEqualTo("md-bold:__bold__");
        assertThat(render("a **b c** d")).isEqualTo(":a |md-bold:**b c**|: d");
        assertThat(render("**Бизнес-цель:** снизить отток")).isEqualTo("md-bold:**Бизнес-цель:**|: снизить отток");
        assertThat(render("😀 **жирный** 👩‍💻")).isEqualTo(":😀 |md-bold:**жирный**|: 👩‍💻");
        assertThat(render("**a** and **b**")).isEqualTo("md-bold:**a**|: and |md-bold:**b**");
    }

    @Test
    void notBold() {
        assertThat(render("**unclosed")).isEqualTo(":**unclosed");
        assertThat(render("unopened**")).isEqualTo(":unopened**");
        assertThat(render("** not bold**")).isEqualTo(":** not bold**");
        assertThat(render("a ** b ** c")).isEqualTo(":a ** b ** c");
        assertThat(render("****")).isEqualTo(":****");
        assertThat(render("__init__ ok")).isEqualTo("md-bold:__init__|: ok");
        assertThat(render("a__b__c")).isEqualTo(":a__b__c");
    }

    @Test
    void italic() {
        assertThat(render("*it*")).isEqualTo("md-italic:*it*");
        assertThat(render("_it_")).isEqualTo("md-italic:_it_");
        assertThat(render("_Привет_ мир")).isEqualTo("md-italic:_Привет_|: мир");
        assertThat(render("my_var and _x_")).isEqualTo(":my_var and |md-italic:_x_");
        assertThat(render("in*word*emphasis")).isEqualTo(":in|md-italic:*word*|:emphasis");
    }

    @Test
    void notItalic() {
        assertThat(render("snake_case_name")).isEqualTo(":snake_case_name");
        assertThat(render("a_b_c and x_y")).isEqualTo(":a_b_c and x_y");
        assertThat(render("x * not italic*")).isEqualTo(":x * not italic*");
        assertThat(render("x *not italic *")).isEqualTo(":x *not italic *");
        assertThat(render("2 * 3 * 4")).isEqualTo(":2 * 3 * 4");
        assertThat(render("*unclosed")).isEqualTo(":*unclosed");
        assertThat(render("_unclosed")).isEqualTo(":_unclosed");
        assertThat(render("\\*escaped\\*")).isEqualTo(":\\*escaped\\*");
    }

    @Test
    void nestedEmphasisInnermostWins() {
        assertThat(render("**bold *and italic***")).isEqualTo("md-bold:**bold |md-italic:*and italic*|md-bold:**");
        assertThat(render("***both***")).isEqualTo("md-italic:*|md-bold:**both**|md-italic:*");
        assertThat(render("*a **b** c*")).isEqualTo("md-italic:*a |md-bold:**b**|md-italic: c*");
    }

    @Test
    void inlineCode() {
        assertThat(render("`code`")).isEqualTo("md-code:`code`");
        assertThat(render("use `**not bold**` here")).isEqualTo(":use |md-code:`**not bold**`|: here");
        assertThat(render("``a ` b``")).isEqualTo("md-code:``a ` b``");
        assertThat(render("`{{x}}` and `[a](b)`")).isEqualTo("md-code:`{{x}}`|: and |md-code:`[a](b)`");
        assertThat(render("*a `b* c`")).isEqualTo(":*a |md-code:`b* c`");
    }

    @Test
    void notInlineCode() {
        assertThat(render("`unclosed")).isEqualTo(":`unclosed");
        assertThat(render("``a`")).isEqualTo(":``a`");
        assertThat(render("\\`not code`")).isEqualTo(":\\`not code`");
    }

    @Test
    void links() {
        assertThat(render("[text](https://example.com)")).isEqualTo("md-link:[text](https://example.com)");
        assertThat(render("see [документация](a/b) now")).isEqualTo(":see |md-link:[документация](a/b)|: now");
        assertThat(render("[a [b](c)")).isEqualTo(":[a |md-link:[b](c)");
        assertThat(render("**[x](y)**")).isEqualTo("md-bold:**|md-link:[x](y)|md-bold:**");
        assertThat(render("[*x*](y)")).isEqualTo("md-link:[*x*](y)");
    }

    @Test
    void notLinks() {
        assertThat(render("[text] (url)")).isEqualTo(":[text] (url)");
        assertThat(render("[text](unclosed")).isEqualTo(":[text](unclosed");
        assertThat(render("[unclosed")).isEqualTo(":[unclosed");
        assertThat(render("- [ ] task")).isEqualTo("md-list:-|: [ ] task");
    }

    @Test
    void placeholders() {
        assertThat(render("{{problem}}")).isEqualTo("md-placeholder:{{problem}}");
        assertThat(render("Цель: {{ metrics }}.")).isEqualTo(":Цель: |md-placeholder:{{ metrics }}|:.");
        assertThat(render("{{a.b-c_d9}}")).isEqualTo("md-placeholder:{{a.b-c_d9}}");
        assertThat(render("{{_x}}")).isEqualTo("md-placeholder:{{_x}}");
        assertThat(render("**{{x}}**")).isEqualTo("md-bold:**|md-placeholder:{{x}}|md-bold:**");
        assertThat(render("{{x}}}")).isEqualTo("md-placeholder:{{x}}|:}");
    }

    @Test
    void notPlaceholders() {
        assertThat(render("{{1abc}}")).isEqualTo(":{{1abc}}");
        assertThat(render("{{}}")).isEqualTo(":{{}}");
        assertThat(render("{{x")).isEqualTo(":{{x");
        assertThat(render("{{x}")).isEqualTo(":{{x}");
        assertThat(render("{{x y}}")).isEqualTo(":{{x y}}");
        assertThat(render("{{имя}}")).isEqualTo(":{{имя}}");
        assertThat(render("{x}")).isEqualTo(":{x}");
        // as in the template parser: "\{{" is a literal "{{", and "{{{x}}}" is not a placeholder
        assertThat(render("\\{{x}}")).isEqualTo(":\\{{x}}");
        assertThat(render("{{{x}}}")).isEqualTo(":{{{x}}}");
    }

    @Test
    void oddInputNeverThrows() {
        for (String line : List.of("\uD800", "\uDC00", "\uD800*a*\uDC00", "**\uDBFF**", "\\", "`", "[", "{{", "|", "*",
                "_", "1.", "1) ", "\u00A0*x*\u00A0", "👩‍💻*👩‍💻*", "\u0000\u0001")) {
            assertWellFormed(line, styler.style(line));
        }
        assertThat(render("\uD800*a*\uDC00")).isEqualTo(":\uD800|md-italic:*a*|:\uDC00");
    }

    @Test
    void longAdversarialLinesAreLinear() {
        int size = 200_000;
        StringBuilder growingTicks = new StringBuilder();
        for (int k = 1; growingTicks.length() < size; k++) {
            growingTicks.append("`".repeat(k)).append(' ');
        }
        List<String> lines = List.of(
                "*".repeat(size / 2) + "a" + "*".repeat(size / 2),
                "*a ".repeat(size / 3) + "b_ ".repeat(size / 3),
                "_a".repeat(size / 2),
                "[".repeat(size),
                "[a]".repeat(size / 3),
                "[a](".repeat(size / 4),
                "{{".repeat(size / 2),
                "{{ a".repeat(size / 4),
                "`".repeat(size),
                "` ``".repeat(size / 4),
                growingTicks.toString(),
                "| " + "**x |".repeat(size / 5),
                "\\".repeat(size),
                "😀*".repeat(size / 3));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String line : lines) {
                assertWellFormed(line, styler.style(line));
            }
        });
    }

    /** Lines longer than {@link MarkdownLineStyler#MAX_STYLED_LINE} are left plain; shorter ones go to the parser. */
    @Test
    void adversarialLinesUpToTheStyledLengthStayQuick() {
        int size = MarkdownLineStyler.MAX_STYLED_LINE;
        List<String> lines = List.of(
                "*".repeat(size / 2) + "a" + "*".repeat(size / 2 - 1),
                "*a ".repeat(size / 6) + "b_ ".repeat(size / 6),
                "_a".repeat(size / 2),
                "[".repeat(size),
                "[a]".repeat(size / 3),
                "[a](".repeat(size / 4),
                "{{ a".repeat(size / 4),
                "` ``".repeat(size / 4),
                "\\".repeat(size),
                "> ".repeat(size / 2),
                "😀*".repeat(size / 3));
        List<String> deep = java.util.Collections.nCopies(20, "*".repeat(size - 1));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String line : lines) {
                assertThat(line.length()).isLessThanOrEqualTo(size);
                assertWellFormed(line, styler.style(line));
            }
            List<List<StyleRun>> styled = styler.styleBlock(deep).lines();
            for (int k = 0; k < deep.size(); k++) {
                assertWellFormed(deep.get(k), styled.get(k));
            }
        });
        assertThat(render("a *b* " + "x".repeat(size))).as("an overlong line is plain").isEqualTo(":a *b* " + "x".repeat(size));
        assertThat(render("a *b* " + "x".repeat(size - 6))).isEqualTo(":a |md-italic:*b*|: " + "x".repeat(size - 6));
    }

    @Property(tries = 2000)
    void anyLineGivesWellFormedRuns(@ForAll("lines") String line) {
        assertWellFormed(line, styler.style(line));
    }

    @Property(tries = 300)
    void anyUnicodeLineGivesWellFormedRuns(@ForAll("unicodeLines") String line) {
        assertWellFormed(line, styler.style(line));
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("*", "**", "***", "_", "__", "`", "``", "```", "~~~", "[", "]", "(", ")", "](", "{{", "}}",
                        "{", "}", "|", "#", "# ", ">", "- ", "+ ", "* ", "1. ", "2) ", "\\", " ", "  ", "\t", "a", "x_y",
                        "name", ".", ":", "-", "Привет", "Бизнес-цель", "ё", "😀", "👩‍💻", "\uD800", "\uDC00", "\u00A0"),
                Arbitraries.strings().withCharRange('\u0400', '\u04FF').ofMaxLength(4),
                Arbitraries.strings().all().ofMaxLength(3));
        return pieces.list().ofMaxSize(25).map(list -> String.join("", list).replace("\n", ""));
    }

    @Provide
    Arbitrary<String> unicodeLines() {
        return Arbitraries.strings().all().ofMaxLength(60).map(s -> s.replace("\n", ""));
    }

    private static void assertWellFormed(String line, List<StyleRun> runs) {
        if (line.isEmpty()) {
            assertThat(runs).isEmpty();
            return;
        }
        assertThat(runs).isNotEmpty();
        assertThat(runs.stream().mapToInt(StyleRun::length).sum()).isEqualTo(line.length());
        assertThat(runs).allSatisfy(run -> {
            assertThat(run.length()).isPositive();
            assertThat(run.styleClass()).isIn(CLASSES);
        });
        int at = 0;
        for (int k = 0; k < runs.size(); k++) {
            if (k > 0) {
                assertThat(runs.get(k).styleClass()).as("classes of runs %d and %d", k - 1, k)
                        .isNotEqualTo(runs.get(k - 1).styleClass());
                // a boundary never splits a surrogate pair
                assertThat(Character.isHighSurrogate(line.charAt(at - 1)) && Character.isLowSurrogate(line.charAt(at)))
                        .as("boundary at %d splits a surrogate pair", at).isFalse();
            }
            at += runs.get(k).length();
        }
    }
}
