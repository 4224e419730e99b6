package dev.mlsd.composer.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LineDeltaProperties {

    @Property(tries = 500)
    void applyingTheEditsGivesTheLaterTextBackExactly(@ForAll("lines") String before, @ForAll("lines") String after) {
        assertThat(LineDelta.apply(before, LineDelta.between(before, after))).isEqualTo(after);
    }

    @Example
    void editsThatDoNotFitTheTextAreRefused() {
        assertThatThrownBy(() -> LineDelta.apply("a\nb", List.of(new LineDelta.Edit(2, 1, List.of("x")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LineDelta.apply("a\nb\n", List.of(new LineDelta.Edit(1, 1, List.of("B", "C"))))).isEqualTo("a\nB\nC\n");
        assertThat(LineDelta.between("same", "same")).isEmpty();
    }

    /** Texts of a few short lines from a small alphabet, so that both sides share many lines. */
    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.of("", "a", "b", "ab", "ё", "\u0000", "😀").list().ofMaxSize(12).map(l -> String.join("\n", l));
    }
}
