package dev.mlsd.composer.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our text colours against their backgrounds, resolved through app.css' variables to the colour
 * values of AtlantaFX's light and dark themes, keep the WCAG contrast of 4.5:1. Translucent
 * backgrounds (the section tints) are laid over the page's background first.
 */
class ThemeContrastTest {

    private static final Pattern VARIABLE = Pattern.compile("(-[a-z][a-z0-9-]*)\\s*:\\s*([^;]+);");
    private static final Pattern RGBA = Pattern.compile("rgba?\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*(?:,\\s*([0-9.]+)\\s*)?\\)");

    /** Text colour, background colour, as app.css uses them. */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"-mlsd-text", "-mlsd-bg"}, new String[] {"-mlsd-muted", "-mlsd-bg"},
            new String[] {"-mlsd-muted", "-mlsd-panel"}, new String[] {"-mlsd-text", "-mlsd-panel"},
            new String[] {"-mlsd-accent", "-mlsd-bg"}, new String[] {"-mlsd-heading", "-mlsd-bg"},
            new String[] {"-mlsd-code", "-mlsd-bg"}, new String[] {"-mlsd-placeholder", "-mlsd-bg"},
            new String[] {"-mlsd-error", "-mlsd-bg"}, new String[] {"-mlsd-warning", "-mlsd-bg"},
            new String[] {"-mlsd-muted", "-mlsd-hover"}, new String[] {"-mlsd-text", "-mlsd-hover"},
            new String[] {"-mlsd-removed", "-mlsd-removed-bg"}, new String[] {"-mlsd-added", "-mlsd-added-bg"},
            new String[] {"-mlsd-text", "-mlsd-notice"},
            new String[] {"-mlsd-text", "-mlsd-slot-0"}, new String[] {"-mlsd-text", "-mlsd-slot-1"},
            new String[] {"-mlsd-text", "-mlsd-slot-2"}, new String[] {"-mlsd-text", "-mlsd-slot-3"},
            new String[] {"-mlsd-text", "-mlsd-slot-4"}, new String[] {"-mlsd-text", "-mlsd-slot-5"});

    private static String resource(String name) throws IOException {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The variables of a stylesheet's first {@code .root} block. */
    private static Map<String, String> rootVariables(String css) {
        String noComments = css.replaceAll("(?s)/\\*.*?\\*/", "");
        int start = noComments.indexOf(".root {");
        String block = noComments.substring(start, noComments.indexOf('}', start));
        Map<String, String> vars = new HashMap<>();
        Matcher m = VARIABLE.matcher(block);
        while (m.find()) {
            vars.put(m.group(1), m.group(2).trim());
        }
        return vars;
    }

    private static double[] colour(Map<String, String> vars, String value) {
        String v = value;
        for (int depth = 0; v.startsWith("-") && depth < 10; depth++) {
            v = vars.get(v);
            assertThat(v).as("defined: " + value).isNotNull();
        }
        if (v.startsWith("#")) {
            int rgb = Integer.parseInt(v.substring(1), 16);
            return new double[] {(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255, 1};
        }
        Matcher m = RGBA.matcher(v);
        assertThat(m.matches()).as("a colour: " + v).isTrue();
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                m.group(4) == null ? 1 : Double.parseDouble(m.group(4))};
    }

    private static double[] over(double[] top, double[] under) {
        double a = top[3];
        return new double[] {top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1};
    }

    private static double luminance(double[] c) {
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255;
            lin[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }

    static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @ParameterizedTest
    @ValueSource(strings = {"primer-light.css", "primer-dark.css"})
    void ourTextKeepsAContrastOfAtLeast4point5InBothThemes(String theme) throws IOException {
        Map<String, String> vars = rootVariables(resource("/atlantafx/base/theme/" + theme));
        vars.putAll(rootVariables(resource("/css/app.css")));
        double[] page = colour(vars, "-mlsd-bg");
        for (String[] pair : PAIRS) {
            double[] text = over(colour(vars, pair[0]), page);
            double[] background = over(colour(vars, pair[1]), page);
            assertThat(contrast(text, background)).as(theme + ": " + pair[0] + " on " + pair[1]).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void theFormulaGivesTheKnownExtremes() {
        assertThat(contrast(new double[] {0, 0, 0, 1}, new double[] {255, 255, 255, 1})).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast(new double[] {119, 119, 119, 1}, new double[] {255, 255, 255, 1})).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void appCssHoldsNoColourOfItsOwn() throws IOException {
        String css = resource("/css/app.css").replaceAll("(?s)/\\*.*?\\*/", "");
        assertThat(css).doesNotContainPattern("#[0-9a-fA-F]{3,8}\\b").doesNotContainPattern("\\brgba?\\(")
                .doesNotContainPattern(":\\s*(white|black)\\b");
    }
}
