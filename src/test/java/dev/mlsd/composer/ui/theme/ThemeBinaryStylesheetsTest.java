package dev.mlsd.composer.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Arrays;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JavaFX reads a stylesheet's binary form ({@code .bss}) beside its {@code .css} instead of parsing
 * the text: the build makes them for the themes, and they must say what AtlantaFX's text says.
 */
class ThemeBinaryStylesheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"primer-light", "primer-dark"})
    void theBinaryStylesheetBesideEachThemeHoldsTheSameRulesAsItsText(String theme) throws Exception {
        URL text = getClass().getResource("/theme/" + theme + ".css");
        URL binary = getClass().getResource("/theme/" + theme + ".bss");
        assertThat(text).isNotNull();
        assertThat(binary).as("made by the build beside the text").isNotNull();

        List<String> parsed = rules(new CssParser().parse(text), text);
        List<String> loaded = rules(Stylesheet.loadBinary(binary), binary);
        assertThat(parsed).hasSizeGreaterThan(500);
        assertThat(loaded).hasSameSizeAs(parsed);
        for (int i = 0; i < parsed.size(); i++) {
            assertThat(loaded.get(i)).as("rule %d", i).isEqualTo(parsed.get(i));
        }
    }

    /** The rules' content; a URL value names the sheet it was read from (the base of relative URLs), here "this sheet". */
    private static List<String> rules(Stylesheet sheet, URL from) {
        return sheet.getRules().stream().map(rule -> rule(rule).replace(from.toExternalForm(), "this sheet")).toList();
    }

    private static String rule(Rule rule) {
        StringBuilder text = new StringBuilder(rule.getSelectors().toString());
        for (Declaration declaration : rule.getDeclarations()) {
            text.append('\n').append(declaration.getProperty()).append(": ").append(describe(declaration.getParsedValue()))
                    .append(declaration.isImportant() ? " !important" : "");
        }
        return text.toString();
    }

    /** A value's content: its own text shows arrays by identity. */
    private static String describe(Object value) {
        if (value instanceof ParsedValue<?, ?> parsed) {
            return (parsed.isLookup() ? "lookup " : "") + describe(parsed.getValue()) + " as "
                    + (parsed.getConverter() == null ? "-" : parsed.getConverter().getClass().getName());
        }
        if (value instanceof Object[] items) {
            return Arrays.stream(items).map(ThemeBinaryStylesheetsTest::describe).toList().toString();
        }
        return String.valueOf(value);
    }
}
