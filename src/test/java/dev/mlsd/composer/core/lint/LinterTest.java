package dev.mlsd.composer.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule with an example that fires it and one that does not, in Russian and in English. */
class LinterTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private final Linter linter = new Linter(Lexicon.builtIn());
    private final Template template = new TemplateLibrary(new TemplateParser()).defaultTemplate();

    /** Complete sections: each rule's test changes one of them. */
    static final String PROBLEM_RU = "**Бизнес-цель:** снизить отток абонентов на 10 % за полгода. Модель каждую ночь оценивает "
            + "вероятность ухода каждого абонента; результат нужен к 07:00 для рассылок, в колл-центре ответ нужен за 200 мс.";
    static final String METRICS_RU = "Оффлайн: PR-AUC на отложенном месяце, Recall@50k. Онлайн: отток в целевой группе против "
            + "контрольной (A/B-тест), удержанная выручка. Успех пилота: снижение оттока не менее чем на 10 %.";
    static final String DATA_RU = "Источники: биллинг и CDR за 3 года (2023–2025), около 4 млн абонентов и 140 млн строк. "
            + "Таргет: churn_30d = 1, если абонент ушёл в течение 30 дней после среза. Обновление ежедневно.";
    static final String PROBLEM_EN = "**Business goal:** reduce subscriber churn by 10% within six months. Every night the model "
            + "scores each subscriber; results are needed by 7 am for campaigns, and the call centre needs an answer within 200 ms.";
    static final String METRICS_EN = "Offline: PR-AUC on a held-out month, Recall@50k. Online: churn in the treatment group "
            + "against control (A/B test), retained revenue. Pilot success: churn down by at least 10%.";
    static final String DATA_EN = "Sources: billing and call records for 3 years (2023-2025), about 4 million subscribers and "
            + "140 million rows. Label: churn_30d = 1 when the subscriber leaves within 30 days of the snapshot. Updated daily.";

    private List<Finding> lint(Locale locale, String problem, String metrics, String data) {
        Map<String, String> sections = new HashMap<>();
        sections.put("problem", problem);
        sections.put("metrics", metrics);
        sections.put("data", data);
        return linter.lint(template, sections, locale);
    }

    private List<String> rules(List<Finding> findings) {
        return findings.stream().map(f -> f.slot() + ":" + f.rule()).toList();
    }

    @Test
    void theBuiltInLinterReadsItsLexiconWhenFirstUsedAndFindsTheSame() {
        Linter lazy = Linter.builtIn();
        Map<String, String> sections = Map.of("problem", PROBLEM_RU + " TODO", "metrics", "Точность.", "data", DATA_RU);
        List<Finding> expected = linter.lint(template, sections, RU);
        assertThat(expected).isNotEmpty();
        assertThat(lazy.lint(template, sections, RU)).isEqualTo(expected);
        assertThat(lazy.lint(template, sections, RU)).isEqualTo(expected);
    }

    @Test
    void completeSectionsPassInBothLanguages() {
        assertThat(lint(RU, PROBLEM_RU, METRICS_RU, DATA_RU)).isEmpty();
        assertThat(lint(Locale.ENGLISH, PROBLEM_EN, METRICS_EN, DATA_EN)).isEmpty();
    }

    @Test
    void emptySectionIsAnError() {
        List<Finding> findings = lint(RU, PROBLEM_RU, "  \n", DATA_RU);
        assertThat(rules(findings)).containsExactly("metrics:empty-section");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(findings.get(0).message()).isEqualTo("Раздел пуст.");
        assertThat(lint(Locale.ENGLISH, PROBLEM_EN, METRICS_EN, "").get(0).message()).isEqualTo("The section is empty.");
    }

    @Test
    void tooShortIsAWarning() {
        assertThat(rules(lint(RU, PROBLEM_RU, METRICS_RU, "Биллинг за 2024 год, 4 млн строк, таргет — уход."))).containsExactly("data:too-short");
        assertThat(rules(lint(Locale.ENGLISH, PROBLEM_EN, METRICS_EN, "Billing since 2024, 4 million rows, label: churn.")))
                .containsExactly("data:too-short");
        assertThat(lint(Locale.ENGLISH, PROBLEM_EN, METRICS_EN, "Billing since 2024, 4 million rows, label: churn.").get(0).message())
                .isEqualTo("Only 8 words; at least 12 give the assistant something to work with.");
    }

    @Test
    void leftoversFromATemplateAreFoundWhereTheyAre() {
        String text = PROBLEM_RU + "\n[Вставь сюда описание продукта]\nПродукт: <Продукт>. TODO уточнить SLA.\n...\n";
        List<Finding> findings = lint(RU, text, METRICS_RU, DATA_RU);
        assertThat(rules(findings)).containsExactly("problem:leftover-placeholder", "problem:leftover-placeholder",
                "problem:leftover-placeholder", "problem:leftover-placeholder");
        assertThat(findings).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("[Вставь сюда описание продукта]", "<Продукт>", "TODO", "...");
        String en = DATA_EN + " Volume: TBD. Owner: <Team name>. TBC.";
        assertThat(rules(lint(Locale.ENGLISH, PROBLEM_EN, METRICS_EN, en))).containsExactly(
                "data:leftover-placeholder", "data:leftover-placeholder", "data:leftover-placeholder");
        String harmless = PROBLEM_EN + " See <a name=\"x\"></a> and <br> and the todo list … and a ... in a sentence.";
        assertThat(lint(Locale.ENGLISH, harmless, METRICS_EN, DATA_EN)).isEmpty();
    }

    @Test
    void aSectionTagInsideTheTextIsFlagged() {
        String text = METRICS_RU + "\n</section>\n<section title=\"x\">";
        List<Finding> findings = lint(RU, PROBLEM_RU, text, DATA_RU);
        assertThat(rules(findings)).containsExactly("metrics:breaks-section-block", "metrics:breaks-section-block");
        assertThat(text.substring(findings.get(0).start(), findings.get(0).end())).isEqualTo("</section>");
        assertThat(lint(RU, PROBLEM_RU, METRICS_RU + " Секции документа не трогаем.", DATA_RU)).isEmpty();
    }

    @Test
    void problemWithoutUsageOrGoal() {
        String noUsage = "**Бизнес-цель:** снизить отток абонентов на 10 % за полгода за счёт адресных удерживающих предложений, "
                + "отправляемых самым рискованным клиентам компании.";
        assertThat(rules(lint(RU, noUsage, METRICS_RU, DATA_RU))).containsExactly("problem:problem-no-usage");
        String noGoal = "Модель каждую ночь оценивает вероятность ухода каждого абонента; оценки используются в рассылках, "
                + "в колл-центре ответ нужен за 200 мс.";
        assertThat(rules(lint(RU, noGoal, METRICS_RU, DATA_RU))).containsExactly("problem:problem-no-goal");
        String noUsageEn = "**Business goal:** reduce subscriber churn by 10% within six months with targeted retention offers "
                + "for the riskiest customers of the company.";
        assertThat(rules(lint(Locale.ENGLISH, noUsageEn, METRICS_EN, DATA_EN))).containsExactly("problem:problem-no-usage");
        String noGoalEn = "The model scores each subscriber every night; the scores feed the call centre screens, which need "
                + "an answer within 200 ms per request.";
        assertThat(rules(lint(Locale.ENGLISH, noGoalEn, METRICS_EN, DATA_EN))).containsExactly("problem:problem-no-goal");
    }

    @Test
    void metricsWithoutOfflineOnlineOrThreshold() {
        String noOffline = "Онлайн: отток в целевой группе против контрольной (A/B-тест), удержанная выручка. "
                + "Успех пилота: снижение оттока не менее чем на 10 % за два месяца.";
        assertThat(rules(lint(RU, PROBLEM_RU, noOffline, DATA_RU))).containsExactly("metrics:metrics-no-offline");
        String noOnline = "Оффлайн: PR-AUC на отложенном месяце и Recall@50k среди абонентов с наибольшим скором. "
                + "Модель принимаем, если PR-AUC не ниже 0,35.";
        assertThat(rules(lint(RU, PROBLEM_RU, noOnline, DATA_RU))).containsExactly("metrics:metrics-no-online");
        String noThreshold = "Оффлайн: PR-AUC на отложенном месяце. Онлайн: отток в целевой группе против контрольной "
                + "(A/B-тест) и удержанная выручка.";
        List<Finding> findings = lint(RU, PROBLEM_RU, noThreshold, DATA_RU);
        assertThat(rules(findings)).containsExactly("metrics:metrics-no-threshold");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.INFO);
        String noOfflineEn = "Online: churn in the treatment group against control (A/B test), retained revenue. "
                + "Pilot success: churn down by at least 10% over two months.";
        assertThat(rules(lint(Locale.ENGLISH, PROBLEM_EN, noOfflineEn, DATA_EN))).containsExactly("metrics:metrics-no-offline");
        String noOnlineEn = "Offline: PR-AUC on a held-out month and Recall@50k among the top-scored subscribers. "
                + "We accept a model with PR-AUC of at least 0.35.";
        assertThat(rules(lint(Locale.ENGLISH, PROBLEM_EN, noOnlineEn, DATA_EN))).containsExactly("metrics:metrics-no-online");
        String noThresholdEn = "Offline: PR-AUC on a held-out month. Online: churn in the treatment group against control "
                + "(A/B test) and retained revenue.";
        assertThat(rules(lint(Locale.ENGLISH, PROBLEM_EN, noThresholdEn, DATA_EN))).containsExactly("metrics:metrics-no-threshold");
    }

    @Test
    void dataWithoutTargetTimeRangeOrVolume() {
        String noTarget = "Источники: биллинг и CDR за 3 года (2023–2025), около 4 млн абонентов и 140 млн строк. "
                + "Обновление ежедневно, признаки на дату среза доступны к утру.";
        assertThat(rules(lint(RU, PROBLEM_RU, METRICS_RU, noTarget))).containsExactly("data:data-no-target");
        String noTime = "Источники: биллинг и CDR, около 4 млн абонентов и 140 млн строк. Таргет: churn_30d = 1, "
                + "если абонент расторг договор или перенёс номер.";
        assertThat(rules(lint(RU, PROBLEM_RU, METRICS_RU, noTime))).containsExactly("data:data-no-time-range");
        String noVolume = "Источники: биллинг и CDR за 3 года. Таргет: churn_30d = 1, если абонент ушёл в течение "
                + "месяца после среза. Обновление ежедневно.";
        assertThat(rules(lint(RU, PROBLEM_RU, METRICS_RU, noVolume))).containsExactly("data:data-no-volume");
        String noTargetEn = "Sources: billing and call records for 3 years (2023-2025), about 4 million subscribers and "
                + "140 million rows, updated daily.";
        assertThat(rules(lint(Locale.ENGLISH, PROBLEM_EN, METRICS_EN, noTargetEn))).containsExactly("data:data-no-target");
        String noTimeEn = "Sources: billing and call records, about 4 million subscribers and 140 million rows. Label: "
                + "churn_30d = 1 when the subscriber cancels the contract.";
        assertThat(rules(lint(Locale.ENGLISH, PROBLEM_EN, METRICS_EN, noTimeEn))).containsExactly("data:data-no-time-range");
        String noVolumeEn = "Sources: billing and call records for 3 years. Label: churn_30d = 1 when the subscriber leaves "
                + "within a month of the snapshot. Updated daily.";
        assertThat(rules(lint(Locale.ENGLISH, PROBLEM_EN, METRICS_EN, noVolumeEn))).containsExactly("data:data-no-volume");
    }

    @Test
    void personalDataWithoutHandling() {
        String personal = DATA_RU + " В данных есть ФИО и телефоны абонентов.";
        List<Finding> findings = lint(RU, PROBLEM_RU, METRICS_RU, personal);
        assertThat(rules(findings)).containsExactly("data:data-personal-no-handling");
        assertThat(personal.substring(findings.get(0).start(), findings.get(0).end())).isEqualTo("ФИО");
        assertThat(lint(RU, PROBLEM_RU, METRICS_RU, personal + " Они обезличиваются до обучения.")).isEmpty();
        String personalEn = DATA_EN + " The data holds names and phone numbers of subscribers.";
        assertThat(rules(lint(Locale.ENGLISH, PROBLEM_EN, METRICS_EN, personalEn))).containsExactly("data:data-personal-no-handling");
        assertThat(lint(Locale.ENGLISH, PROBLEM_EN, METRICS_EN, personalEn + " Phone numbers are hashed.")).isEmpty();
    }

    @Test
    void aMetricNamedInTheProblemButMissingFromMetricsIsNotedOnTheMetricsSlot() {
        String problem = PROBLEM_RU + " Сейчас качество измеряем по NDCG@10.";
        List<Finding> findings = lint(RU, problem, METRICS_RU, DATA_RU);
        assertThat(rules(findings)).containsExactly("metrics:metric-not-in-metrics");
        assertThat(findings.get(0).message()).isEqualTo("В постановке задачи названа метрика «NDCG», а в разделе метрик её нет.");
        assertThat(lint(RU, problem, METRICS_RU + " Дополнительно NDCG@10.", DATA_RU)).isEmpty();
        assertThat(rules(lint(Locale.ENGLISH, PROBLEM_EN + " Today we track CTR.", METRICS_EN, DATA_EN)))
                .containsExactly("metrics:metric-not-in-metrics");
    }

    @Test
    void inflectedRussianWordsMatchTheirStems() {
        String data = "Источники: биллинг и CDR, около 4 млн абонентов. Целевую переменную определяем как уход абонента; "
                + "историю берём за последние три года, свежесть — сутки.";
        assertThat(lint(RU, PROBLEM_RU, METRICS_RU, data)).isEmpty();
    }

    @Test
    void anIncompleteDocumentFiresEveryRule() {
        String problem = "Сделать модель. TODO: описать. [Вставь сюда описание] В ней упомянуты NDCG и </section>.";
        String metrics = "";
        String data = "ФИО клиентов.";
        List<Finding> findings = lint(RU, problem, metrics, data);
        List<Finding> withMetrics = lint(RU, problem, "Смотрим на общее впечатление от работы модели и глазами проверяем "
                + "примеры ответов на разных запросах пользователей.", data);
        java.util.Set<String> fired = new java.util.TreeSet<>();
        findings.forEach(f -> fired.add(f.rule()));
        withMetrics.forEach(f -> fired.add(f.rule()));
        assertThat(fired).containsExactlyInAnyOrderElementsOf(Linter.ruleIds());
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.message()).isNotBlank();
            assertThat(f.why()).isNotBlank();
        });
    }
}
