package dev.mlsd.composer.core.settings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.JsonTrees;
import dev.mlsd.composer.core.io.WriteFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code settings.json} in the config folder, written with the crash-safe writer. Keys this
 * version does not know are kept. A file that cannot be read is moved aside (so the user can look
 * at it) and the defaults are used; {@link Loaded#movedAside()} says where it went.
 */
public final class SettingsStore {

    private static final long MAX_BYTES = 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final AtomicFileWriter writer;
    private final Clock clock;
    private final JsonFactory factory = new JsonFactory();
    private ObjectMapper printer;
    private ObjectNode lastRead;

    /** The settings read at start, and where a broken settings file was moved to (null if it was fine). */
    public record Loaded(Settings settings, Path movedAside) {
    }

    public SettingsStore(Path configDir, AtomicFileWriter writer, Clock clock) {
        this.file = configDir.resolve("settings.json");
        this.writer = writer;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** Reads the settings; a broken file is moved aside and the defaults returned. */
    public synchronized Loaded loadOrRepair() {
        try {
            ObjectNode root = readTree();
            lastRead = root;
            return new Loaded(parse(root), null);
        } catch (IOException | RuntimeException e) {
            lastRead = JsonNodeFactory.instance.objectNode();
            return new Loaded(Settings.defaults(), moveAside());
        }
    }

    /** The settings as on disk now; the defaults when the file is missing or broken (never moves it). */
    public synchronized Settings load() {
        try {
            return parse(readTree());
        } catch (IOException | RuntimeException e) {
            return Settings.defaults();
        }
    }

    public synchronized void save(Settings settings) throws WriteFailedException {
        ObjectNode root = lastRead == null ? JsonNodeFactory.instance.objectNode() : lastRead.deepCopy();
        if (settings.language() == null) {
            root.remove("language");
        } else {
            root.put("language", settings.language());
        }
        if (settings.window() == null) {
            root.remove("window");
        } else {
            ObjectNode window = root.putObject("window");
            window.put("x", settings.window().x());
            window.put("y", settings.window().y());
            window.put("width", settings.window().width());
            window.put("height", settings.window().height());
            window.put("maximized", settings.window().maximized());
        }
        ObjectNode meter = root.putObject("tokenMeter");
        meter.put("contextWindow", settings.tokenMeter().contextWindow());
        meter.put("answerRoom", settings.tokenMeter().answerRoom());
        meter.put("encoding", settings.tokenMeter().encoding());
        if (settings.fontSize() == Settings.DEFAULT_FONT_SIZE) {
            root.remove("fontSize");
        } else {
            root.put("fontSize", settings.fontSize());
        }
        if (settings.theme() == Settings.Theme.SYSTEM) {
            root.remove("theme");
        } else {
            root.put("theme", settings.theme().id());
        }
        if (settings.splits().equals(Settings.Splits.defaults())) {
            root.remove("splits");
        } else {
            ObjectNode splits = root.putObject("splits");
            splits.put("editors", settings.splits().editors());
            splits.put("preview", settings.splits().preview());
        }
        root.put("spellCheck", settings.spellCheck());
        ArrayNode recent = root.putArray("recentFiles");
        settings.recentFiles().forEach(p -> recent.add(p.toString()));
        try {
            Files.createDirectories(file.getParent());
            if (printer == null) {
                printer = new ObjectMapper(factory); // made at the first save: reading needs none (see JsonTrees)
            }
            writer.write(file, printer.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (WriteFailedException e) {
            throw e;
        } catch (IOException e) {
            throw new WriteFailedException(WriteFailedException.Reason.OTHER, String.valueOf(e.getMessage()), e);
        }
        lastRead = root;
    }

    /** Whether a recent file is still there to open (File → Open Recent marks the missing ones). */
    public boolean recentFileExists(Path recent) {
        return Files.isRegularFile(recent);
    }

    private ObjectNode readTree() throws IOException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException("settings file over 1 MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode node;
        try (JsonParser parser = factory.createParser(bytes)) {
            node = JsonTrees.readDocument(parser, false);
        } catch (JsonProcessingException e) {
            throw new IOException("not JSON", e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new IOException("not a JSON object");
        }
        return object;
    }

    private static Settings parse(ObjectNode root) {
        JsonNode language = root.get("language");
        Settings.WindowBounds bounds = null;
        JsonNode window = root.get("window");
        if (window != null && window.isObject() && window.path("width").isNumber() && window.path("height").isNumber()) {
            bounds = new Settings.WindowBounds(window.path("x").asDouble(), window.path("y").asDouble(),
                    window.path("width").asDouble(), window.path("height").asDouble(), window.path("maximized").asBoolean());
        }
        List<Path> recent = new ArrayList<>();
        JsonNode files = root.get("recentFiles");
        if (files != null && files.isArray()) {
            for (JsonNode item : files) {
                if (item.isTextual() && recent.size() < Settings.MAX_RECENT) {
                    try {
                        recent.add(Path.of(item.asText()));
                    } catch (InvalidPathException e) {
                        // A path this system cannot represent is dropped from the list.
                    }
                }
            }
        }
        Settings.TokenMeter meter = null;
        JsonNode m = root.get("tokenMeter");
        if (m != null && m.isObject() && m.path("contextWindow").canConvertToInt() && m.path("contextWindow").asInt() > 0
                && m.path("answerRoom").canConvertToInt() && m.path("answerRoom").asInt() >= 0) {
            String encoding = m.path("encoding").asText("o200k_base");
            meter = new Settings.TokenMeter(m.path("contextWindow").asInt(), m.path("answerRoom").asInt(),
                    encoding.equals("cl100k_base") ? encoding : "o200k_base");
        }
        // A size out of range is clamped by Settings; one that is not a number is ignored.
        JsonNode size = root.get("fontSize");
        int fontSize = size != null && size.isNumber() && Double.isFinite(size.asDouble())
                ? (int) Math.round(Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, size.asDouble()))) : Settings.DEFAULT_FONT_SIZE;
        JsonNode splits = root.path("splits");
        return new Settings(language != null && language.isTextual() ? language.asText() : null, bounds, recent, meter, fontSize,
                Settings.Theme.of(root.path("theme").isTextual() ? root.path("theme").asText() : null),
                new Settings.Splits(fraction(splits.path("editors")), fraction(splits.path("preview"))),
                !root.path("spellCheck").isBoolean() || root.path("spellCheck").asBoolean());
    }

    /** A divider position as written; NaN (the default) when it is missing or not a number. Settings clamps it. */
    private static double fraction(JsonNode value) {
        return value.isNumber() ? value.asDouble() : Double.NaN;
    }

    private Path moveAside() {
        Path aside = file.resolveSibling("settings.broken-" + STAMP.format(clock.instant().atZone(clock.getZone())) + ".json");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return aside;
        } catch (IOException e) {
            return null;
        }
    }
}
