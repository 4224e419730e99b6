package dev.mlsd.composer.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Upgrades project files of older formats to the current one on load.
 *
 * <p>Format 0 (the drafts before templates were stored in projects):
 * {@code {"formatVersion": 0, "template": "ID", "sections": {...}}} — the template is only named,
 * and there are no times. It is upgraded with the library's template of that id.
 *
 * <p>Format 1 is format 2 without {@code "history"}: it reads as it is, with no versions, and the
 * first save in format 2 keeps the original as {@code NAME.mlsd.format1.bak} (see {@link ProjectStore#save}).
 */
final class ProjectMigrations {

    private final TemplateSources templates;

    ProjectMigrations(TemplateSources templates) {
        this.templates = templates;
    }

    ObjectNode fromFormat0(ObjectNode old) throws BadInputException {
        JsonNode templateId = old.get("template");
        if (templateId == null) {
            throw new BadInputException(InputProblem.MISSING_FIELD, "template");
        }
        if (!templateId.isTextual()) {
            throw new BadInputException(InputProblem.NOT_TEXT, "template");
        }
        String source = templates.sourceOf(templateId.asText())
                .orElseThrow(() -> new BadInputException(InputProblem.UNKNOWN_TEMPLATE, templateId.asText()));
        ObjectNode upgraded = old.objectNode();
        upgraded.put("formatVersion", 1);
        ObjectNode copy = upgraded.putObject("template");
        copy.put("id", templateId.asText());
        copy.put("source", source);
        old.properties().forEach(field -> {
            if (!field.getKey().equals("formatVersion") && !field.getKey().equals("template")) {
                upgraded.set(field.getKey(), field.getValue());
            }
        });
        return upgraded;
    }
}
