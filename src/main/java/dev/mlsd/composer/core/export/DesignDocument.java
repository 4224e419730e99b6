package dev.mlsd.composer.core.export;

import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.model.Version;
import java.util.Optional;

/**
 * The design document: the project's current sections 1–3 with their titles, then the chosen answer
 * as section 4 under the title the template gives it, every title a level-1 heading as in
 * {@link SectionsDocument}. The answer's own headings are kept below level 1 so that importing the
 * document finds section 4 as one section that no earlier slot absorbs.
 */
public final class DesignDocument {

    private DesignDocument() {
    }

    /** The Markdown of the document. */
    public static String markdown(Template template, Project project, Answer answer, String answerTitle) {
        StringBuilder out = new StringBuilder(SectionsDocument.render(template, project.sections()));
        out.append("# ").append(answerTitle).append("\n\n");
        String text = belowLevel1(answer.text()).strip();
        if (!text.isEmpty()) {
            out.append(text).append('\n');
        }
        return out.toString();
    }

    /**
     * True when the answer was made from a version whose sections differ from the project's today
     * (the document then pairs today's sections 1–3 with an answer to other ones).
     */
    public static boolean answerIsOutdated(Project project, Answer answer) {
        Optional<Version> version = project.history().version(answer.version());
        return version.isPresent() && !version.get().sections().equals(project.sections());
    }

    /** Level-1 ATX headings of the answer become level 2, so they cannot end section 4 early in an importer. */
    private static String belowLevel1(String text) {
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        for (String line : text.split("\n", -1)) {
            String stripped = line.stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
            }
            if (!fenced && line.matches(" {0,3}# .*|#")) {
                line = "#" + line.stripLeading();
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }
}
