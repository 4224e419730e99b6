package dev.mlsd.composer.core.template;

import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Sets one top-level value of a template's front matter (its {@code id}, its {@code title}) where
 * the YAML parser says that value is, and nowhere else: the rest of the user's file — comments,
 * quoting, line endings, the body — stays byte for byte. The new value keeps the old one's
 * quoting where YAML allows it.
 */
public final class FrontMatterEdit {

    private static final String FENCE = "---";

    private FrontMatterEdit() {
    }

    /** {@code source} with the top-level scalar {@code key} set to {@code value} (one line of text). */
    public static String withValue(String source, String key, String value) throws TemplateException {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a front matter value set here is one line: " + value);
        }
        int[] bounds = frontMatter(source);
        String front = source.substring(bounds[0], bounds[1]);
        ScalarNode old = scalar(front, key).orElseThrow(() -> new TemplateException("the front matter has no '" + key + "'", 1));
        int start = front.offsetByCodePoints(0, old.getStartMark().getIndex());
        int end = front.offsetByCodePoints(0, old.getEndMark().getIndex());
        String replaced = front.substring(start, end);
        // A block scalar's extent runs to the line breaks after it; they belong to the lines that follow.
        String kept = old.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL || old.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED
                ? replaced.substring(replaced.stripTrailing().length()) : "";
        DumperOptions.ScalarStyle style = switch (old.getScalarStyle()) {
            case PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED -> old.getScalarStyle();
            default -> DumperOptions.ScalarStyle.DOUBLE_QUOTED;
        };
        for (DumperOptions.ScalarStyle tried : new DumperOptions.ScalarStyle[] {style, DumperOptions.ScalarStyle.DOUBLE_QUOTED}) {
            String edited = front.substring(0, start) + render(value, tried) + kept + front.substring(end);
            if (readsBack(edited, key, value)) {
                return source.substring(0, bounds[0]) + edited + source.substring(bounds[1]);
            }
        }
        throw new TemplateException("'" + key + "' cannot be set to '" + value + "' in this front matter", lineOf(source, bounds[0] + start));
    }

    /** Start and end (the closing fence's line) of the front matter, whatever the file's line endings. */
    private static int[] frontMatter(String source) throws TemplateException {
        int from = source.startsWith("\uFEFF") ? 1 : 0;
        int firstEnd = lineEnd(source, from);
        if (!source.substring(from, firstEnd).equals(FENCE) || firstEnd == source.length()) {
            throw new TemplateException("the file must start with a front matter line '---'", 1);
        }
        int frontStart = nextLine(source, firstEnd);
        for (int lineStart = frontStart; lineStart < source.length(); lineStart = nextLine(source, lineEnd(source, lineStart))) {
            if (source.substring(lineStart, lineEnd(source, lineStart)).stripTrailing().equals(FENCE)) {
                return new int[] {frontStart, lineStart};
            }
        }
        throw new TemplateException("the front matter is not closed by a line '---'", 1);
    }

    private static int lineEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(String s, int lineEnd) {
        if (lineEnd < s.length() && s.charAt(lineEnd) == '\r' && lineEnd + 1 < s.length() && s.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return Math.min(lineEnd + 1, s.length());
    }

    private static Optional<ScalarNode> scalar(String front, String key) throws TemplateException {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(front));
        } catch (MarkedYAMLException e) {
            throw new TemplateException("the front matter is not valid YAML: " + e.getProblem(),
                    e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2);
        } catch (YAMLException e) {
            throw new TemplateException("the front matter is not valid YAML: " + e.getMessage(), 1);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new TemplateException("the front matter must be a set of 'key: value' lines", 2);
        }
        ScalarNode found = null;
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                if (!(tuple.getValueNode() instanceof ScalarNode v)) {
                    throw new TemplateException("'" + key + "' must be a single value", tuple.getKeyNode().getStartMark().getLine() + 2);
                }
                found = v; // the last one wins, as for the template parser
            }
        }
        return Optional.ofNullable(found);
    }

    /** {@code value} as YAML writes it in {@code style}; SnakeYAML quotes it anyway when plain would read differently. */
    private static String render(String value, DumperOptions.ScalarStyle style) {
        DumperOptions options = new DumperOptions();
        options.setDefaultScalarStyle(style);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        String dumped = new Yaml(options).dump(value);
        return dumped.endsWith("\n") ? dumped.substring(0, dumped.length() - 1) : dumped;
    }

    private static boolean readsBack(String front, String key, String value) {
        try {
            return scalar(front, key).map(ScalarNode::getValue).filter(value::equals).isPresent();
        } catch (TemplateException | YAMLException e) {
            return false;
        }
    }

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n' || source.charAt(i) == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }
}
