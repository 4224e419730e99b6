package dev.mlsd.composer.core.lint;

import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.model.Template;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The completeness checks of the three input sections, for a good "Architecture and Models"
 * answer: empty or thin sections, leftovers from a template, text that would break the prompt,
 * and what each section is expected to say (by slot id: {@code problem}, {@code metrics},
 * {@code data}). Messages come in the requested language. Thread-safe; pure function of its input.
 */
public final class Linter {

    /** Fewer words than this in a section is too little to build on. */
    static final int MIN_WORDS = 12;

    private static final Pattern BRACKET_PLACEHOLDER = Pattern.compile(
            "\\[(?:Вставь|Вставьте|Впиши|Впишите|Опиши|Опишите|Укажи|Укажите|Insert|Paste|Describe|Add|Write)[^\\]\\n]*\\]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ANGLE_PLACEHOLDER = Pattern.compile("<(?:[А-ЯЁ][А-Яа-яЁё0-9 _-]{0,40}|[A-Z][a-z]+(?: [a-z]+){0,4})>");
    private static final Pattern TODO = Pattern.compile("\\b(?:TODO|TBD|TBC|FIXME)\\b");
    private static final Pattern ELLIPSIS_LINE = Pattern.compile("(?m)^[ \\t]*(?:\\.\\.\\.|…)[ \\t]*$");
    private static final Pattern SECTION_TAG = Pattern.compile("</?section\\b[^>\\n]*>?", Pattern.CASE_INSENSITIVE);

    private final Supplier<Lexicon> lexicon;

    public Linter(Lexicon lexicon) {
        this.lexicon = () -> lexicon;
    }

    private Linter(Supplier<Lexicon> lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A linter over {@link Lexicon#builtIn()}, read at the first {@link #lint} rather than now: the
     * window makes its linter before the first frame and lints only on the analysis thread.
     */
    public static Linter builtIn() {
        return new Linter(new Supplier<>() {
            private Lexicon read;

            @Override
            public synchronized Lexicon get() {
                if (read == null) {
                    read = Lexicon.builtIn();
                }
                return read;
            }
        });
    }

    /** The findings for each slot of {@code template}, in slot order, then by position. */
    public List<Finding> lint(Template template, Map<String, String> sections, Locale locale) {
        Messages messages = new Messages(locale);
        List<Finding> findings = new ArrayList<>();
        Map<String, Words> words = new HashMap<>();
        for (Slot slot : template.slots()) {
            String text = sections.getOrDefault(slot.id(), "");
            Words w = new Words(text);
            words.put(slot.id(), w);
            checkSlot(slot.id(), text, w, messages, findings);
        }
        if (words.containsKey("problem") && words.containsKey("metrics") && !sections.getOrDefault("metrics", "").isBlank()) {
            metricsNamedInProblem(words.get("problem"), words.get("metrics"), messages, findings);
        }
        List<String> order = template.slotIds();
        findings.sort(Comparator.comparing((Finding f) -> order.indexOf(f.slot())).thenComparing(Finding::start));
        return findings;
    }

    private void checkSlot(String slot, String text, Words words, Messages m, List<Finding> out) {
        if (text.isBlank()) {
            out.add(m.finding("empty-section", Severity.ERROR, slot, 0, 0));
            return;
        }
        long wordCount = words.count();
        if (wordCount < MIN_WORDS) {
            out.add(m.finding("too-short", Severity.WARNING, slot, 0, 0, wordCount, MIN_WORDS));
        }
        leftovers(slot, text, m, out);
        Matcher tag = SECTION_TAG.matcher(text);
        while (tag.find()) {
            out.add(m.finding("breaks-section-block", Severity.WARNING, slot, tag.start(), tag.end(), tag.group()));
        }
        switch (slot) {
            case "problem" -> {
                absent("usage", "problem-no-usage", Severity.WARNING, slot, words, m, out);
                absent("goal", "problem-no-goal", Severity.WARNING, slot, words, m, out);
            }
            case "metrics" -> {
                absent("offline-metric", "metrics-no-offline", Severity.WARNING, slot, words, m, out);
                absent("online-metric", "metrics-no-online", Severity.WARNING, slot, words, m, out);
                absent("threshold", "metrics-no-threshold", Severity.INFO, slot, words, m, out);
            }
            case "data" -> {
                absent("target", "data-no-target", Severity.WARNING, slot, words, m, out);
                absent("time-range", "data-no-time-range", Severity.WARNING, slot, words, m, out);
                absent("volume", "data-no-volume", Severity.INFO, slot, words, m, out);
                List<Lexicon.Match> personal = lexicon.get().find("personal-data", words);
                if (!personal.isEmpty() && !lexicon.get().any("personal-data-handling", words)) {
                    Lexicon.Match first = personal.get(0);
                    out.add(m.finding("data-personal-no-handling", Severity.INFO, slot, first.start(), first.end(),
                            text.substring(first.start(), first.end())));
                }
            }
            default -> { }
        }
    }

    private void leftovers(String slot, String text, Messages m, List<Finding> out) {
        for (Pattern pattern : List.of(BRACKET_PLACEHOLDER, ANGLE_PLACEHOLDER, TODO, ELLIPSIS_LINE)) {
            Matcher found = pattern.matcher(text);
            while (found.find()) {
                String what = found.group().strip();
                out.add(m.finding("leftover-placeholder", Severity.WARNING, slot, found.start(), found.end(),
                        what.length() > 60 ? what.substring(0, 60) + "…" : what));
            }
        }
    }

    private void absent(String group, String rule, Severity severity, String slot, Words words, Messages m, List<Finding> out) {
        if (!lexicon.get().any(group, words)) {
            out.add(m.finding(rule, severity, slot, 0, 0));
        }
    }

    /** A metric the problem statement names (from the metric groups) that the metrics section never mentions. */
    private void metricsNamedInProblem(Words problem, Words metrics, Messages m, List<Finding> out) {
        Set<String> inMetrics = new LinkedHashSet<>();
        lexicon.get().find("metric-name", metrics).forEach(match -> inMetrics.add(match.entry()));
        Set<String> reported = new LinkedHashSet<>();
        for (Lexicon.Match match : lexicon.get().find("metric-name", problem)) {
            if (!inMetrics.contains(match.entry()) && reported.add(match.entry())) {
                String named = problem.text().substring(match.start(), match.end());
                out.add(m.finding("metric-not-in-metrics", Severity.INFO, "metrics", 0, 0, named));
            }
        }
    }

    /** The rules' wording in one language, from {@code lint/messages*.properties}. */
    private static final class Messages {
        private final Locale locale;
        private final ResourceBundle bundle;

        Messages(Locale locale) {
            this.locale = "ru".equals(locale.getLanguage()) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
            this.bundle = ResourceBundle.getBundle("lint.messages", this.locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        Finding finding(String rule, Severity severity, String slot, int start, int end, Object... args) {
            String message = new MessageFormat(bundle.getString("rule." + rule + ".message"), locale).format(args);
            String why = bundle.getString("rule." + rule + ".why");
            return new Finding(rule, severity, slot, message, why, start, end);
        }
    }

    /** The ids of every rule, in the order the README lists them. */
    public static List<String> ruleIds() {
        return List.of("empty-section", "too-short", "leftover-placeholder", "breaks-section-block", "problem-no-usage",
                "problem-no-goal", "metrics-no-offline", "metrics-no-online", "metrics-no-threshold", "data-no-target",
                "data-no-time-range", "data-no-volume", "data-personal-no-handling", "metric-not-in-metrics");
    }
}
