package dev.mlsd.composer.ui.dialog;

import static dev.mlsd.composer.testing.WindowHarness.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.diff.LineDiff;
import dev.mlsd.composer.ui.i18n.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DiffViewTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void showsChangesWithTwoLinesOfContextAndFoldsTheRest() {
        StringBuilder before = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            before.append("line ").append(i).append('\n');
        }
        String after = before.toString().replace("line 10\n", "line ten\n");
        RecoveryOffer offer = new RecoveryOffer("p.mlsd", Instant.now(),
                List.of(new RecoveryOffer.SectionDiff("2. Metrics", LineDiff.diff(before.toString(), after))));
        String shown = onFx(() -> new DiffView(offer, new Messages(Locale.ENGLISH)).area().getText());
        assertThat(shown).isEqualTo("2. Metrics\n"
                + "  ⋯ 7 unchanged lines\n"
                + "  line 8\n  line 9\n"
                + "− line 10\n"
                + "+ line ten\n"
                + "  line 11\n  line 12\n"
                + "  ⋯ 9 unchanged lines\n"
                + "\n");
    }
}
