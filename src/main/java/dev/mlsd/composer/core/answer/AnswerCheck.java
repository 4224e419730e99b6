package dev.mlsd.composer.core.answer;

import dev.mlsd.composer.core.lint.Lexicon;
import dev.mlsd.composer.core.lint.Words;
import dev.mlsd.composer.core.model.AnswerSpec;
import dev.mlsd.composer.core.model.AnswerSpec.ExpectedPart;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which expected parts an answer covers: a part is covered when at least {@code min} of its keyword
 * entries occur in the answer (whole words, stems, phrases or regexes, without regard to case or ё/е,
 * as the lint matches). The check judges presence, not the quality of the argument.
 */
public final class AnswerCheck {

    private final AnswerSpec spec;
    private final Lexicon lexicon;

    /** The parts an answer covers and lacks, each in the template's order. */
    public record Coverage(List<ExpectedPart> covers, List<ExpectedPart> lacks) {
        public Coverage {
            covers = List.copyOf(covers);
            lacks = List.copyOf(lacks);
        }

        public boolean complete() {
            return lacks.isEmpty();
        }
    }

    public AnswerCheck(AnswerSpec spec) {
        this.spec = spec;
        Map<String, List<String>> groups = new LinkedHashMap<>();
        spec.parts().forEach(part -> groups.put(part.id(), part.keywords()));
        this.lexicon = Lexicon.of(groups);
    }

    /**
     * What the answers to a project made with {@code template} are checked against: the template's own
     * declaration, or, for a stored copy older than the declarations, that of the built-in template
     * with the same id. Empty when neither declares anything.
     */
    public static Optional<AnswerSpec> specFor(Template template, TemplateLibrary library) {
        if (template.answerSpec().isPresent()) {
            return template.answerSpec();
        }
        return library.entry(template.id()).filter(TemplateLibrary.Entry::builtIn).flatMap(e -> e.template().answerSpec());
    }

    public AnswerSpec spec() {
        return spec;
    }

    public Coverage check(String answer) {
        Words words = new Words(answer);
        List<ExpectedPart> covers = new ArrayList<>();
        List<ExpectedPart> lacks = new ArrayList<>();
        for (ExpectedPart part : spec.parts()) {
            long distinct = lexicon.find(part.id(), words).stream().map(Lexicon.Match::entry).distinct().count();
            (distinct >= part.min() ? covers : lacks).add(part);
        }
        return new Coverage(covers, lacks);
    }
}
