package dev.mlsd.composer.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContextBudgetTest {

    @Test
    void amberFromEightyPercentRedOverTheLimit() {
        ContextBudget budget = new ContextBudget(32_768, 4_096);
        assertThat(budget.limit()).isEqualTo(28_672);
        assertThat(budget.level(22_937)).isEqualTo(ContextBudget.Level.OK);
        assertThat(budget.level(22_938)).isEqualTo(ContextBudget.Level.AMBER);
        assertThat(budget.level(28_672)).isEqualTo(ContextBudget.Level.AMBER);
        assertThat(budget.level(28_673)).isEqualTo(ContextBudget.Level.RED);
    }

    @Test
    void defaultsAndPresets() {
        assertThat(ContextBudget.defaults()).isEqualTo(new ContextBudget(128_000, 4_096));
        assertThat(ContextBudget.PRESETS).containsExactly(8_192, 32_768, 128_000, 200_000, 1_000_000);
        assertThat(new ContextBudget(8_192, 10_000).level(1)).isEqualTo(ContextBudget.Level.RED);
        assertThatThrownBy(() -> new ContextBudget(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
