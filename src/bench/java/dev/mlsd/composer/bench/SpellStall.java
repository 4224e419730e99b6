package dev.mlsd.composer.bench;

import dev.mlsd.composer.app.WiredWindow;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The longest gap between two frames while a project is spell-checked: first from the window's
 * first frame until the dictionaries are read and the whole text is checked, then the worst of
 * {@value #ROUNDS} rounds, alternately an edit (its paragraph checked again once typing pauses) and
 * a changed word list (Ignore: the whole text checked again). Spelling runs off the FX thread;
 * only the underlines are set on it, a piece at a time.
 */
final class SpellStall {

    /** A window made for a project's sections. */
    interface WindowMaker {
        WiredWindow make(Stage stage, Map<String, String> sections) throws Exception;
    }

    private static final int ROUNDS = 6;
    private static final long SETTLE_NS = 500_000_000L;
    private static final long GIVE_UP_NS = 180_000_000_000L;

    private SpellStall() {
    }

    /** Returns {first check, worst round} in milliseconds. */
    static double[] measure(int bytes, WindowMaker maker) throws Exception {
        Map<String, String> sections = BenchData.sections(bytes);
        CompletableFuture<double[]> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                WiredWindow window = maker.make(stage, sections);
                stage.show();
                new AnimationTimer() {
                    private final long started = System.nanoTime();
                    private final long[] worst = new long[ROUNDS + 1];
                    private long last;
                    private long settledAt = -1;
                    private int round;

                    @Override
                    public void handle(long now) {
                        if (last != 0) {
                            worst[round] = Math.max(worst[round], now - last);
                        }
                        last = now;
                        if (System.nanoTime() - started > GIVE_UP_NS) {
                            stop();
                            stage.close();
                            result.completeExceptionally(new IllegalStateException("spell-check did not settle in 180 s"));
                            return;
                        }
                        if (!window.spellingSettled()) {
                            settledAt = -1;
                            return;
                        }
                        if (settledAt < 0) {
                            settledAt = now;
                        }
                        if (now - settledAt < SETTLE_NS) {
                            return;
                        }
                        if (round == ROUNDS) {
                            stop();
                            stage.close();
                            double rounds = 0;
                            for (int i = 1; i <= ROUNDS; i++) {
                                rounds = Math.max(rounds, worst[i] / 1_000_000.0);
                            }
                            result.complete(new double[] {worst[0] / 1_000_000.0, rounds});
                            return;
                        }
                        round++;
                        settledAt = -1;
                        if (round % 2 == 1) {
                            var area = window.editors().get(1).area();
                            area.insertText(area.getLength() / 2, " Anoter wrod ");
                        } else {
                            window.spelling().ignore("zzqx" + round);
                        }
                    }
                }.start();
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    /** Runs {@code then} on the FX thread once the window's text is spell-checked (at once when spell-check is off). */
    static void whenSettled(WiredWindow window, Runnable then) {
        new AnimationTimer() {
            private final long started = System.nanoTime();

            @Override
            public void handle(long now) {
                if (window.spellingSettled() || System.nanoTime() - started > GIVE_UP_NS) {
                    if (!window.spellingSettled()) {
                        System.err.println("SpellStall: spell-check did not settle; measuring anyway");
                    }
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
