package dev.mlsd.composer.core.importer;

import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.core.io.TextFiles;
import dev.mlsd.composer.core.model.Template;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A design document read for import: its text (as decoded, or repaired), its outline, and which
 * headings go to which slot. The texts it gives are the document's own Markdown, never re-rendered.
 */
public record DocumentImport(DecodedText decoded, String text, DocumentOutline outline, SectionMapper.Mapping mapping) {

    /**
     * Reads a document the user named and decodes it (encoding detected, a mojibake repair
     * proposed): a missing, unreadable, too large file or a folder is a {@link BadInputException}
     * with a message for the user.
     */
    public static DecodedText read(Path document) throws BadInputException {
        return new TextDecoder().decode(TextFiles.readBytes(document, TextFiles.MAX_BYTES));
    }

    /** Reads {@code text} (already decoded, repaired or not) against the slots of {@code template}. */
    public static DocumentImport of(DecodedText decoded, String text, Template template, SectionMapper mapper) {
        DocumentOutline outline = DocumentOutline.parse(text);
        return new DocumentImport(decoded, text, outline, mapper.map(outline, template.slots()));
    }

    /** Each slot's text under {@code assignment} (slot id → its headings), in slot order. */
    public Map<String, String> sections(Template template, Map<String, List<Heading>> assignment) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (String slot : template.slotIds()) {
            sections.put(slot, sectionText(outline, assignment.getOrDefault(slot, List.of())));
        }
        return sections;
    }

    /** The automatic mapping's texts. */
    public Map<String, String> sections(Template template) {
        return sections(template, mapping.bySlot());
    }

    /**
     * The bodies of {@code headings} joined by a blank line, each exactly as in the document but
     * for the blank lines around it: what a slot receives on import. (SectionMapper#text keeps those
     * blank lines too; it is the raw extent, compared with the hand-split corpus.)
     */
    public static String sectionText(DocumentOutline outline, List<Heading> headings) {
        StringBuilder text = new StringBuilder();
        for (Heading heading : headings) {
            String body = trimBlankLines(outline.body(heading));
            if (body.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(body);
        }
        return text.toString();
    }

    /** Drops whole blank lines at the start and the end (and the last line break); keeps everything between. */
    public static String trimBlankLines(String body) {
        int start = 0;
        while (true) {
            int lineEnd = body.indexOf('\n', start);
            if (lineEnd < 0 || !body.substring(start, lineEnd).isBlank()) {
                break;
            }
            start = lineEnd + 1;
        }
        int end = body.length();
        while (end > start) {
            int lineStart = body.lastIndexOf('\n', end - 1) + 1;
            if (lineStart < start) {
                lineStart = start;
            }
            if (!body.substring(lineStart, end).isBlank()) {
                break;
            }
            end = lineStart == start ? start : lineStart - 1;
        }
        String kept = body.substring(start, end);
        return kept.isBlank() ? "" : kept;
    }
}
