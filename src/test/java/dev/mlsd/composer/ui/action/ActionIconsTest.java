package dev.mlsd.composer.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.IkonHandler;

/**
 * The recorded icon outlines are those of Ikonli's Material Design font for every icon code the app's
 * actions name ({@code .icon("…")} in the sources), and nothing else. When an action gets a new icon,
 * record the file again: {@code ./mvnw test -Dtest=ActionIconsTest -Dmlsd.recordIcons=true}.
 */
class ActionIconsTest {

    private static final Path RECORDED = Path.of("src/main/resources" + ActionIcons.RESOURCE);
    private static final Pattern ICON = Pattern.compile("\\.icon\\(\"([a-z0-9-]+)\"\\)");

    @Test
    void theRecordedOutlinesAreTheFontsGlyphsForEveryIconTheActionsName() throws Exception {
        Map<String, String> expected = new TreeMap<>();
        for (String code : codesInSources()) {
            expected.put(code, outline(code));
        }
        assertThat(expected).as("icon codes in the sources").hasSizeGreaterThanOrEqualTo(5);
        String file = "# The outlines of the toolbar's icons at " + ActionIcons.SIZE + " px, from Ikonli's Material Design 2 font.\n"
                + "# Recorded by ActionIconsTest (-Dmlsd.recordIcons=true); do not edit.\n"
                + String.join("", expected.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() + "\n").toList());
        if (Boolean.getBoolean("mlsd.recordIcons")) {
            Files.writeString(RECORDED, file, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(RECORDED, StandardCharsets.UTF_8)).as("re-record with -Dmlsd.recordIcons=true").isEqualTo(file);

        ActionIcons icons = new ActionIcons();
        for (String code : expected.keySet()) {
            assertThat(icons.icon(code)).as(code).isNotNull();
        }
        assertThat(icons.icon("mdi2x-not-an-icon")).isNull();
    }

    private static Iterable<String> codesInSources() throws IOException {
        Map<String, Boolean> codes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = ICON.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    codes.put(matcher.group(1), true);
                }
            }
        }
        return codes.keySet();
    }

    /** The glyph's outline as an SVG path, in a square of {@link ActionIcons#SIZE} pixels with the baseline at the bottom. */
    private static String outline(String code) throws Exception {
        IkonHandler handler = ServiceLoader.load(IkonHandler.class).stream().map(ServiceLoader.Provider::get)
                .filter(h -> h.supports(code)).findFirst().orElseThrow(() -> new AssertionError("no Ikonli font has " + code));
        Font font;
        try (InputStream in = handler.getFontResourceAsStream()) {
            font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont((float) ActionIcons.SIZE);
        }
        FontRenderContext context = new FontRenderContext(null, true, true);
        GlyphVector glyphs = font.createGlyphVector(context, Character.toChars(handler.resolve(code).getCode()));
        Shape shape = glyphs.getOutline(0, ActionIcons.SIZE);
        StringBuilder path = new StringBuilder();
        double[] at = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int segment = it.currentSegment(at);
            switch (segment) {
                case PathIterator.SEG_MOVETO -> points(path.append('M'), at, 1);
                case PathIterator.SEG_LINETO -> points(path.append('L'), at, 1);
                case PathIterator.SEG_QUADTO -> points(path.append('Q'), at, 2);
                case PathIterator.SEG_CUBICTO -> points(path.append('C'), at, 3);
                default -> path.append('Z');
            }
        }
        return path.toString();
    }

    private static void points(StringBuilder path, double[] at, int count) {
        for (int i = 0; i < 2 * count; i++) {
            if (i > 0) {
                path.append(' ');
            }
            path.append(BigDecimal.valueOf(at[i]).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        }
    }
}
