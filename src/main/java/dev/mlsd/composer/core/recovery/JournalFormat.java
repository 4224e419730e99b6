package dev.mlsd.composer.core.recovery;

import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.core.io.HistoryJson;
import dev.mlsd.composer.core.io.JsonUnknownFields;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.UnknownFields;
import dev.mlsd.composer.core.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The journal file: plain UTF-8 a person can read in a text editor in an emergency. After a
 * first line come blocks, each a header {@code --- NAME LENGTH ---} and exactly LENGTH characters
 * (UTF-16 units) of raw text, then a line break; the section texts appear exactly as typed. The
 * versions and answers are one {@code history} block in the project file's JSON form.
 */
final class JournalFormat {

    static final String MAGIC = "MLSD Composer recovery journal 1";

    private JournalFormat() {
    }

    static String encode(JournalEntry entry) {
        StringBuilder out = new StringBuilder(MAGIC).append('\n');
        block(out, "file", entry.file() == null ? "" : entry.file().toString());
        block(out, "written", entry.written().toString());
        Project project = entry.project();
        block(out, "template-id", project.templateId());
        block(out, "created", project.created().toString());
        block(out, "modified", project.modified().toString());
        for (Map.Entry<String, String> section : project.sections().entrySet()) {
            block(out, "section " + section.getKey(), section.getValue());
        }
        block(out, "template", project.templateSource());
        if (!project.unknownFields().isEmpty()) {
            block(out, "unknown-fields", JsonUnknownFields.toJson(project.unknownFields()));
        }
        if (!project.history().isEmpty()) {
            block(out, "history", HistoryJson.toText(project.history()));
        }
        return out.toString();
    }

    static JournalEntry decode(String text) throws JournalException {
        if (!text.startsWith(MAGIC + "\n")) {
            throw new JournalException("not a recovery journal");
        }
        Map<String, String> blocks = new LinkedHashMap<>();
        Map<String, String> sections = new LinkedHashMap<>();
        int at = MAGIC.length() + 1;
        while (at < text.length()) {
            int lineEnd = text.indexOf('\n', at);
            if (lineEnd < 0) {
                throw new JournalException("a block header is cut short");
            }
            String header = text.substring(at, lineEnd);
            if (!header.startsWith("--- ") || !header.endsWith(" ---")) {
                throw new JournalException("bad block header: " + header);
            }
            String inner = header.substring(4, header.length() - 4);
            int space = inner.lastIndexOf(' ');
            if (space < 0) {
                throw new JournalException("bad block header: " + header);
            }
            String name = inner.substring(0, space);
            int length;
            try {
                length = Integer.parseInt(inner.substring(space + 1));
            } catch (NumberFormatException e) {
                throw new JournalException("bad block length: " + header);
            }
            int start = lineEnd + 1;
            int end = start + length;
            if (length < 0 || end >= text.length() + 1 || end > text.length() || (end < text.length() && text.charAt(end) != '\n')) {
                throw new JournalException("the block '" + name + "' is cut short");
            }
            String value = TextNormalizer.normalize(text.substring(start, end));
            if (name.startsWith("section ")) {
                sections.put(name.substring("section ".length()), value);
            } else {
                blocks.put(name, value);
            }
            at = end + 1;
        }
        try {
            UnknownFields unknown = blocks.containsKey("unknown-fields")
                    ? JsonUnknownFields.fromJson(blocks.get("unknown-fields")) : UnknownFields.none();
            History history = blocks.containsKey("history") ? HistoryJson.fromText(blocks.get("history")) : History.empty();
            Project project = new Project(required(blocks, "template-id"), required(blocks, "template"), sections,
                    Instant.parse(required(blocks, "created")), Instant.parse(required(blocks, "modified")), unknown, null, history);
            String file = required(blocks, "file");
            return new JournalEntry(file.isEmpty() ? null : Path.of(file), Instant.parse(required(blocks, "written")), project);
        } catch (IOException | BadInputException | RuntimeException e) {
            throw new JournalException("a block is damaged: " + e.getMessage());
        }
    }

    private static void block(StringBuilder out, String name, String value) {
        out.append("--- ").append(name).append(' ').append(value.length()).append(" ---\n").append(value).append('\n');
    }

    private static String required(Map<String, String> blocks, String name) throws JournalException {
        String value = blocks.get(name);
        if (value == null) {
            throw new JournalException("the block '" + name + "' is missing");
        }
        return value;
    }
}
