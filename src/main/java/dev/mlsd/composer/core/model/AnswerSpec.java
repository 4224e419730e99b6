package dev.mlsd.composer.core.model;

import java.util.List;

/**
 * What a template expects of the assistant's answer: the title the answer gets as a section of the
 * design document (for example "4. Архитектура и Модели") and the parts it should cover.
 */
public record AnswerSpec(String title, List<ExpectedPart> parts) {

    /** A part of the answer: its id, the title shown, the keyword entries (lint syntax) that show it is there, and how many distinct entries must occur. */
    public record ExpectedPart(String id, String title, List<String> keywords, int min) {
        public ExpectedPart {
            keywords = List.copyOf(keywords);
            min = Math.max(1, min);
        }
    }

    public AnswerSpec {
        parts = List.copyOf(parts);
    }
}
