package dev.mlsd.composer.bench;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Realistic section text of a given size: paragraphs of ordinary length, Russian and English, spread over the three slots. */
public final class BenchData {

    private static final List<String> PARAGRAPHS = List.of(
            "**Бизнес-цель:** снизить отток абонентов мобильной связи на 10 % за полгода за счёт адресных удерживающих предложений.",
            "Сейчас маркетинг раз в месяц выгружает абонентов с падающим трафиком и отправляет всем одинаковую скидку; отклик около 2 %.",
            "- Пакетный скоринг раз в сутки, ночью; результат нужен к 07:00 для CRM-кампаний.\n- В колл-центре ответ нужен за 200 мс (p95).",
            "Offline: PR-AUC on a held-out month and Recall@50k among the top-scored subscribers; calibration by the Brier score.",
            "| источник | что содержит | обновление |\n|---|---|---|\n| Биллинг | тариф, начисления, платежи | ежедневно |",
            "The label churn_30d is 1 when the subscriber cancels the contract or ports the number within 30 days of the snapshot.",
            "История за 3 года (январь 2023 — декабрь 2025), около 4 млн активных абонентов и 140 млн строк агрегатов «абонент × месяц».",
            "Personal data never leaves the company's network: subscriber ids are hashed and access to the mart is role-based (152-ФЗ).");

    private BenchData() {
    }

    /** About {@code bytes} of UTF-8 text in paragraphs separated by blank lines. */
    public static String text(int bytes) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (out.toString().getBytes(StandardCharsets.UTF_8).length < bytes) {
            StringBuilder chunk = new StringBuilder();
            for (int k = 0; k < 64; k++) {
                chunk.append(PARAGRAPHS.get(i++ % PARAGRAPHS.size())).append("\n\n");
            }
            out.append(chunk);
        }
        String text = out.toString();
        // Trim to about the wanted size at a paragraph boundary.
        int cut = text.length();
        while (cut > 0 && text.substring(0, cut).getBytes(StandardCharsets.UTF_8).length > bytes) {
            cut = text.lastIndexOf("\n\n", cut - 3);
        }
        return cut > 0 ? text.substring(0, cut) : text;
    }

    /** {@code bytes} of text spread over problem, metrics and data. */
    public static Map<String, String> sections(int bytes) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("problem", text(bytes / 3));
        sections.put("metrics", text(bytes / 3));
        sections.put("data", text(bytes - 2 * (bytes / 3)));
        return sections;
    }
}
