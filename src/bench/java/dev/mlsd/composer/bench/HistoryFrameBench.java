package dev.mlsd.composer.bench;

import dev.mlsd.composer.app.WiredWindow;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Version;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;

/**
 * The History tab showing a project with 200 versions and 200 answers (issue 15): the longest gap
 * between two pulses while the list scrolls down and back up (after one warm-up pass), and while versions are selected one
 * and two at a time (their prompts and diffs are worked out off the FX thread and then shown). The
 * target is no gap over two frame periods. A bench, not a test: it reports, it does not fail.
 */
public final class HistoryFrameBench {

    private static final double SCROLL_PIXELS = 24;
    private static final int SELECTIONS = 30;
    private static final int PULSES_PER_SELECTION = 12;

    private HistoryFrameBench() {
    }

    /** Runs this case alone (LatencyBench runs it too, after the keystrokes): prints its row. */
    public static void main(String[] args) throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        System.out.println("kind\tversions\tscroll_max_gap_ms\tselect_max_gap_ms\tscroll_pulses\tbaseline_scroll_max_gap_ms"
                + "\tscroll_gaps_over_2_periods\tbaseline_scroll_gaps_over_2_periods");
        System.out.println(row());
        Platform.exit();
        System.exit(0);
    }

    /**
     * {@code history-scroll VERSIONS SCROLL_MAX_GAP_MS SELECT_MAX_GAP_MS SCROLL_PULSES BASELINE_SCROLL_MAX_GAP_MS
     * SCROLL_GAPS_OVER_2_PERIODS BASELINE_SCROLL_GAPS_OVER_2_PERIODS}, tab-separated;
     * the baseline is a bare ListView of as many two-line strings in a window of the same size, scrolled the same way in the
     * same run, to tell the panel's own cost from the machine's.
     */
    static String row() throws Exception {
        double[] r = run();
        double[] baseline = baseline();
        return String.format(Locale.ROOT, "history-scroll\t%d\t%.2f\t%.2f\t%d\t%.2f\t%d\t%d", HistoryFixture.VERSIONS, r[0], r[1],
                (int) r[2], baseline[0], (int) r[3], (int) baseline[3]);
    }

    private static double[] baseline() throws Exception {
        CompletableFuture<double[]> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            ListView<Version> list = new ListView<>();
            Project project = HistoryFixture.withHistory();
            list.getItems().setAll(project.history().versions());
            list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(Version version, boolean empty) {
                    super.updateItem(version, empty);
                    setText(empty || version == null ? null : "#" + version.number() + " · " + version.created() + " · "
                            + version.tokens() + " tokens\n§1 +1 −1");
                }
            });
            stage.setScene(new javafx.scene.Scene(list, 1280, 800));
            stage.show();
            new Walk(stage, list, result).skipSelections().start();
        });
        return result.get();
    }

    private static double[] run() throws Exception {
        Project project = HistoryFixture.withHistory();
        CompletableFuture<double[]> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                WiredWindow window = LatencyBench.window(stage, project);
                stage.show();
                ((ToggleButton) stage.getScene().lookup("#tab-history")).fire();
                new Walk(stage, window.historyPanel().list(), result).start();
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    /** One pulse at a time: wait for the summaries, scroll down and up, then select versions. */
    private static final class Walk extends AnimationTimer {

        private final Stage stage;
        private final ListView<Version> list;
        private final CompletableFuture<double[]> result;
        private long last;
        private int pulses;
        private int phase;
        private int scrollPulses;
        private int selected;
        private double scrollGap;
        private double selectGap;
        private int longScrollGaps;
        private boolean selections = true;

        Walk(Stage stage, ListView<Version> list, CompletableFuture<double[]> result) {
            this.stage = stage;
            this.list = list;
            this.result = result;
        }

        /** Ends after the scrolling (the bare list has nothing to show for a selection). */
        Walk skipSelections() {
            selections = false;
            return this;
        }

        @Override
        public void handle(long now) {
            double gap = last == 0 ? 0 : (now - last) / 1_000_000.0;
            last = now;
            pulses++;
            if (gap > 30 && System.getProperty("bench.debug") != null) {
                System.err.printf("gap %.1f ms at pulse %d phase %d%n", gap, pulses, phase);
            }
            VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
            switch (phase) {
                case 0 -> {
                    boolean summarised = list.lookupAll(".version-summary").stream()
                            .noneMatch(n -> ((Label) n).getText().equals("\u2026"));
                    if (pulses > 60 && (summarised || pulses > 1200)) {
                        phase = 1;
                    }
                }
                case 1, 2, 3, 4 -> {
                    // Phases 1 and 2 scroll down and up once to warm up (the JIT, the cells), 3 and 4 are measured.
                    if (phase >= 3) {
                        scrollGap = Math.max(scrollGap, gap);
                        scrollPulses++;
                        if (gap > 2 * 1000.0 / 60 + 1) {
                            longScrollGaps++;
                        }
                    }
                    double moved = flow.scrollPixels(phase % 2 == 1 ? SCROLL_PIXELS : -SCROLL_PIXELS);
                    if (moved == 0) {
                        phase = phase == 4 && !selections ? 6 : phase + 1;
                    }
                }
                case 5 -> {
                    selectGap = Math.max(selectGap, gap);
                    if (pulses % PULSES_PER_SELECTION == 0) {
                        list.getSelectionModel().clearSelection();
                        int at = (selected * 37) % list.getItems().size();
                        list.getSelectionModel().select(at);
                        if (selected % 2 == 1) {
                            list.getSelectionModel().select((at + 5) % list.getItems().size());
                        }
                        if (++selected == SELECTIONS) {
                            phase = 6;
                        }
                    }
                }
                default -> {
                    selectGap = Math.max(selectGap, gap);
                    if (pulses % PULSES_PER_SELECTION == 0) {
                        stop();
                        stage.close();
                        result.complete(new double[] {scrollGap, selectGap, scrollPulses, longScrollGaps});
                    }
                }
            }
        }
    }
}
