package dev.mlsd.composer.core.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlsd.composer.core.io.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code settings.json} in the config folder, written with the crash-safe writer. Keys this
 * version does not know are kept; a missing or unreadable file gives the defaults.
 */
public final class SettingsStore {

    private static final long MAX_BYTES = 1024 * 1024;

    private final Path file;
    private final AtomicFileWriter writer;
    private final ObjectMapper json = new ObjectMapper();

    public SettingsStore(Path configDir, AtomicFileWriter writer) {
        this.file = configDir.resolve("settings.json");
        this.writer = writer;
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        ObjectNode root = readTree();
        JsonNode language = root.get("language");
        return new Settings(language != null && language.isTextual() ? language.asText() : null);
    }

    public void save(Settings settings) throws IOException {
        ObjectNode root = readTree();
        if (settings.language() == null) {
            root.remove("language");
        } else {
            root.put("language", settings.language());
        }
        Files.createDirectories(file.getParent());
        byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        writer.write(file, bytes);
    }

    private ObjectNode readTree() {
        try {
            if (Files.isRegularFile(file) && Files.size(file) <= MAX_BYTES) {
                JsonNode node = json.readTree(file.toFile());
                if (node instanceof ObjectNode object) {
                    return object;
                }
            }
        } catch (IOException e) {
            // An unreadable settings file must never stop the app; the defaults apply.
        }
        return json.createObjectNode();
    }
}
