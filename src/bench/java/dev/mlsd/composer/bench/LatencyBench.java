package dev.mlsd.composer.bench;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.lint.Lexicon;
import dev.mlsd.composer.core.lint.Linter;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.settings.Settings;
import dev.mlsd.composer.core.settings.SettingsStore;
import dev.mlsd.composer.core.spelling.SpellingDictionaries;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import dev.mlsd.composer.core.tokens.TokenCounter;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectCommands;
import dev.mlsd.composer.app.WiredWindow;
import dev.mlsd.composer.ui.window.WindowServices;
import java.io.IOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Keystroke → the frame that shows it in the preview, in the real window and in a bare TextArea
 * window that re-renders the whole prompt on every keystroke (the baseline), in the same run.
 * Each keystroke is handled at the start of a pulse; its latency is the time until that pulse's
 * layout is done, i.e. the work standing between the key and the frame that shows it. The next
 * keystroke comes two pulses later. Usage: LatencyBench OUT.tsv [warmup] [measured].
 */
public final class LatencyBench {

    private static final int[] SIZES = {30 * 1024, 1024 * 1024};

    /**
     * {@code app} has spell-check on (as by default) and is measured once the whole text has been
     * spell-checked; {@code app-nospell} has it off. {@code -Dbench.variants=app} leaves the others out
     * (the run with the launcher's options compares nothing).
     */
    private static final List<String> VARIANTS = List.of(System.getProperty("bench.variants", "app,app-nospell,baseline").split(","));

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/latency.tsv");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Files.createDirectories(out.toAbsolutePath().getParent());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        List<String> rows = new ArrayList<>();
        rows.add("variant\tbytes\tkeystrokes\tp50_ms\tp95_ms\tmax_ms\tmean_ms");
        List<String> stalls = new ArrayList<>();
        for (int bytes : SIZES) {
            for (String variant : VARIANTS) {
                double[] ms = run(variant, bytes, warmup, measured);
                double[] sorted = ms.clone();
                Arrays.sort(sorted);
                String row = String.format(Locale.ROOT, "%s\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f", variant, bytes, sorted.length,
                        percentile(sorted, 0.50), percentile(sorted, 0.95), sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(0));
                System.out.println(row);
                rows.add(row);
            }
        }
        for (int bytes : SIZES) {
            double[] stall = checkStall(bytes);
            stalls.add(String.format(Locale.ROOT, "checks-stall\t%d\t%.2f\t%.2f", bytes, stall[1], stall[0]));
        }
        for (int bytes : SIZES) {
            double[] stall = SpellStall.measure(bytes, (stage, sections) -> appWindow(stage, sections, true));
            stalls.add(String.format(Locale.ROOT, "spell-stall\t%d\t%.2f\t%.2f", bytes, stall[1], stall[0]));
        }
        rows.addAll(stalls);
        stalls.forEach(System.out::println);
        String history = HistoryFrameBench.row();
        System.out.println(history);
        rows.add(history);
        Files.write(out, rows, StandardCharsets.UTF_8);
        Platform.exit();
        System.exit(0);
    }

    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double[] run(String variant, int bytes, int warmup, int measured) throws Exception {
        Map<String, String> sections = BenchData.sections(bytes);
        CompletableFuture<double[]> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                if ("baseline".equals(variant)) {
                    Node target = baselineWindow(stage, sections);
                    stage.show();
                    measure(stage.getScene(), target, warmup, measured, samples -> {
                        stage.close();
                        result.complete(samples);
                    });
                    return;
                }
                WiredWindow window = appWindow(stage, sections, "app".equals(variant));
                stage.show();
                Node target = typingTarget(window);
                // Typing starts once the text is spell-checked: the figure is typing with it on, not the first check.
                SpellStall.whenSettled(window, () -> measure(stage.getScene(), target, warmup, measured, samples -> {
                    stage.close();
                    result.complete(samples);
                }));
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    /** Edits, each followed by the check run it causes, measured by {@link #checkStall}. */
    private static final int STALL_ROUNDS = 8;

    /**
     * The longest gap between two pulses while the checks and token counts of a project of
     * {@code bytes} run: the first run after the window opens (it loads the tokenizer's tables),
     * then the worst of {@value #STALL_ROUNDS} rounds of an edit and the run it causes (from the edit
     * until the results are shown, plus half a second). The FX thread must never stall for more than
     * a frame. Returns {first run, worst round}.
     */
    private static double[] checkStall(int bytes) throws Exception {
        Map<String, String> sections = BenchData.sections(bytes);
        CompletableFuture<double[]> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                // Spell-check off: this measures the checks and token counts; SpellStall measures the spell-check.
                WiredWindow[] window = {appWindow(stage, sections, false)};
                stage.show();
                long[] last = {0};
                long[] worst = new long[STALL_ROUNDS + 1];
                long[] doneAt = {Long.MAX_VALUE};
                int[] round = {-1};
                window[0].checks().resultsProperty().addListener(obs -> doneAt[0] = System.nanoTime());
                new AnimationTimer() {
                    private int pulses;

                    @Override
                    public void handle(long now) {
                        pulses++;
                        if (pulses < 30) {
                            return;
                        }
                        if (round[0] < 0) {
                            round[0] = 0; // round 0: the first run, which loads the tokenizer
                            doneAt[0] = Long.MAX_VALUE;
                            window[0].checks().start();
                            last[0] = now;
                            return;
                        }
                        worst[round[0]] = Math.max(worst[round[0]], now - last[0]);
                        last[0] = now;
                        if (System.nanoTime() - doneAt[0] > 500_000_000L) {
                            if (round[0] == STALL_ROUNDS) {
                                stop();
                                stage.close();
                                double rounds = 0;
                                for (int i = 1; i <= STALL_ROUNDS; i++) {
                                    rounds = Math.max(rounds, worst[i] / 1_000_000.0);
                                }
                                result.complete(new double[] {worst[0] / 1_000_000.0, rounds});
                                return;
                            }
                            // An edit, then the run it causes: checks and counts of the whole text again.
                            round[0]++;
                            doneAt[0] = Long.MAX_VALUE;
                            window[0].model().editSection("metrics", 0, 0, "x");
                            window[0].checks().runNow();
                        }
                    }
                }.start();
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    /** The real window with a project of the given sections, spell-check on or off. */
    static WiredWindow appWindow(Stage stage, Map<String, String> sections, boolean spellCheck) throws IOException {
        Template template = new TemplateLibrary(new TemplateParser()).defaultTemplate();
        return window(stage, Project.create(template, sections, Instant.now()), spellCheck);
    }

    /** The real window, headless services, showing {@code project} (spell-check off: the history bench measures the list). */
    static WiredWindow window(Stage stage, Project project) throws IOException {
        return window(stage, project, false);
    }

    private static WiredWindow window(Stage stage, Project project, boolean spellCheck) throws IOException {
        Path config = Files.createTempDirectory("mlsd-bench-config");
        TemplateLibrary templates = new TemplateLibrary(new TemplateParser());
        SettingsStore settings = new SettingsStore(config, new AtomicFileWriter(), Clock.systemUTC());
        SilentDialogs silent = new SilentDialogs();
        WindowServices services = new WindowServices(new ProjectStore(new ProjectCodec(), new AtomicFileWriter()), new AtomicFileWriter(),
                templates, settings, Settings.defaults().withSpellCheck(spellCheck), null, new Messages(Locale.ENGLISH), silent, silent,
                folder -> { }, new NoClipboard(), new Background(), new Background("bench-analysis"), new Linter(Lexicon.builtIn()),
                new TokenCounter(), Clock.systemUTC(), () -> { }, SpellingDictionaries.onOwnThreads());
        WiredWindow window = WiredWindow.wire(stage, services);
        try {
            window.commands().show(new ProjectCommands.Loaded(project, templates.parse(project.templateSource()), null), null);
        } catch (dev.mlsd.composer.core.template.TemplateException e) {
            throw new IOException(e);
        }
        return window;
    }

    /** Keystrokes go into the middle of the metrics editor. */
    static Node typingTarget(WiredWindow window) {
        var area = window.editors().get(1).area();
        area.moveTo(area.getLength() / 2);
        area.requestFocus();
        return area;
    }

    /** The baseline: TextAreas, and the whole prompt set into the preview again on every keystroke. */
    private static Node baselineWindow(Stage stage, Map<String, String> sections) {
        Template template = new TemplateLibrary(new TemplateParser()).defaultTemplate();
        PromptAssembler assembler = new PromptAssembler();
        TextArea problem = new TextArea(sections.get("problem"));
        TextArea metrics = new TextArea(sections.get("metrics"));
        TextArea data = new TextArea(sections.get("data"));
        TextArea preview = new TextArea();
        preview.setEditable(false);
        Runnable render = () -> {
            Map<String, String> now = new LinkedHashMap<>();
            now.put("problem", problem.getText());
            now.put("metrics", metrics.getText());
            now.put("data", data.getText());
            preview.setText(assembler.assemble(template, now).text());
        };
        for (TextArea area : List.of(problem, metrics, data)) {
            area.setWrapText(true);
            area.textProperty().addListener((obs, old, text) -> render.run());
        }
        preview.setWrapText(true);
        render.run();
        stage.setScene(new Scene(new SplitPane(new VBox(problem, metrics, data), preview), 1280, 800));
        metrics.positionCaret(metrics.getLength() / 2);
        metrics.requestFocus();
        return metrics;
    }

    /** Types {@code warmup + measured} characters, one per two pulses, and collects the measured latencies. */
    private static void measure(Scene scene, Node target, int warmup, int measured, Consumer<double[]> done) {
        double[] samples = new double[measured];
        long[] typedAt = {0};
        int[] count = {0};
        Runnable layoutDone = () -> {
            if (typedAt[0] != 0) {
                double ms = (System.nanoTime() - typedAt[0]) / 1_000_000.0;
                typedAt[0] = 0;
                if (count[0] >= warmup && count[0] - warmup < measured) {
                    samples[count[0] - warmup] = ms;
                }
                count[0]++;
            }
        };
        scene.addPostLayoutPulseListener(layoutDone);
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (count[0] >= warmup + measured) {
                    stop();
                    scene.removePostLayoutPulseListener(layoutDone);
                    done.accept(samples);
                    return;
                }
                if (typedAt[0] == 0 && ++pulses % 2 == 0) {
                    char c = (char) ('a' + count[0] % 26);
                    typedAt[0] = System.nanoTime();
                    Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                            false, false, false, false));
                }
            }
        }.start();
    }

    private LatencyBench() {
    }


    /** The bench copies nothing: a clipboard that keeps nothing and holds no text. */
    private static final class NoClipboard implements dev.mlsd.composer.ui.preview.TextClipboard {
        @Override
        public void putText(String text) {
        }

        @Override
        public java.util.Optional<String> text() {
            return java.util.Optional.empty();
        }
    }
}
