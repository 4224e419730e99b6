package dev.mlsd.composer.core.spelling;

import dev.mlsd.composer.core.lint.Finding;
import dev.mlsd.composer.core.lint.Severity;
import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.model.Template;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The spell-check as lint findings (rule {@code spelling}, severity info) over the sections of a
 * project, in slot order, then by position, each with its suggestions. Only the user's text is
 * checked, not the template's.
 */
public final class SpellingLint {

    /** The rule id of every spelling finding. */
    public static final String RULE = "spelling";

    private final SpellChecker checker;

    public SpellingLint(SpellChecker checker) {
        this.checker = checker;
    }

    public List<SpellingFinding> lint(Template template, Map<String, String> sections, Locale locale) {
        Locale messages = "ru".equals(locale.getLanguage()) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle("spelling.messages", messages,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        MessageFormat message = new MessageFormat(bundle.getString("spelling.message"), messages);
        String why = bundle.getString("spelling.why");
        Map<String, List<String>> suggested = new HashMap<>();
        List<SpellingFinding> findings = new ArrayList<>();
        for (Slot slot : template.slots()) {
            for (Misspelling m : checker.check(sections.getOrDefault(slot.id(), ""))) {
                Finding finding = new Finding(RULE, Severity.INFO, slot.id(), message.format(new Object[] {m.word()}), why,
                        m.start(), m.end());
                findings.add(new SpellingFinding(finding, suggested.computeIfAbsent(m.word(), checker::suggestions)));
            }
        }
        return findings;
    }
}
