package dev.mlsd.composer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Writes {@code summary.md} from the figures the benchmarks left in the bench folder, with each target and whether it is met. */
public final class BenchSummary {

    private BenchSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        List<String> out = new ArrayList<>();
        out.add("# MLSD Composer benchmarks");
        out.add("");
        out.add("Run " + LocalDate.now() + " on " + machine() + ", Java " + System.getProperty("java.version") + ".");
        out.add("Reproduce with `./mvnw -Pbench verify` (figures in `target/bench/`).");
        out.add("");
        core(dir.resolve("jmh.json"), out);
        history(dir.resolve("jmh-history.json"), out);
        latency(dir.resolve("latency.tsv"), "the JVM's defaults (G1), which neither `java -jar` (FastStart) nor the launcher runs the window with, for comparison", out);
        latency(dir.resolve("latency-launcher.tsv"), "the launcher's JVM options (`-XX:TieredStopAtLevel=1 -XX:+UseShenandoahGC -XX:ShenandoahGCHeuristics=compact -Xmx2g`)", out);
        startup(dir.resolve("startup.tsv"), out);
        memory(dir.resolve("memory.tsv"), "`java -jar` (the larger of its two JVMs; the first holds about 47 MB)", 1.5, out);
        memory(dir.resolve("memory-installed.tsv"), "installed .deb", 1.0, out);
        Files.write(dir.resolve("summary.md"), out, StandardCharsets.UTF_8);
        out.forEach(System.out::println);
    }

    /** Issue 15: opening 200 versions and 200 answers within 2x the same project without history, in the same JMH run. */
    private static void history(Path jmh, List<String> out) throws IOException {
        out.add("## Opening a project with history (JMH, same run, ms)");
        out.add("");
        if (!Files.exists(jmh)) {
            out.add("_not run_");
            out.add("");
            return;
        }
        double without = Double.NaN;
        double with = Double.NaN;
        double withRead = Double.NaN;
        for (JsonNode r : new ObjectMapper().readTree(jmh.toFile())) {
            double score = r.get("primaryMetric").get("score").asDouble();
            if (r.get("benchmark").asText().endsWith(".openWithoutHistory")) {
                without = score;
            } else if (r.get("benchmark").asText().endsWith(".openWith200VersionsAnd200Answers")) {
                with = score;
            } else if (r.get("benchmark").asText().endsWith(".openWith200VersionsAnd200AnswersAndReadTheHistory")) {
                withRead = score;
            }
        }
        // The open reads up to the history; the window's open task then reads the history too, off the FX thread.
        out.add("| without history | 200 versions, 200 answers | ratio | target | with the history read too (the open task) |");
        out.add("|---:|---:|---:|---|---:|");
        out.add(String.format(Locale.ROOT, "| %.3f | %.3f | %.2f | %s | %.3f |", without, with, with / without,
                verdict(with / without <= 2, "≤ 2 ×"), withRead));
        out.add("");
    }

    private static void core(Path jmh, List<String> out) throws IOException {
        out.add("## Core (JMH, average time per operation, ms)");
        out.add("");
        if (!Files.exists(jmh)) {
            out.add("_not run_");
            out.add("");
            return;
        }
        JsonNode results = new ObjectMapper().readTree(jmh.toFile());
        out.add("| operation | 10 KB | 100 KB | 1 MB | target at 1 MB |");
        out.add("|---|---:|---:|---:|---|");
        for (String op : List.of("assemble", "lint", "countTokens", "save", "load")) {
            StringBuilder row = new StringBuilder("| " + op + " |");
            double at1mb = Double.NaN;
            for (String size : List.of("10240", "102400", "1048576")) {
                double score = Double.NaN;
                for (JsonNode r : results) {
                    if (r.get("benchmark").asText().endsWith("." + op) && size.equals(r.path("params").path("bytes").asText())) {
                        score = r.get("primaryMetric").get("score").asDouble();
                    }
                }
                row.append(String.format(Locale.ROOT, " %.3f |", score));
                if (size.equals("1048576")) {
                    at1mb = score;
                }
            }
            row.append(" ").append(switch (op) {
                case "save" -> verdict(at1mb <= 50, "≤ 50 ms");
                case "load" -> verdict(at1mb <= 100, "≤ 100 ms");
                case "lint", "countTokens" -> "off the FX thread (see latency)";
                default -> "—";
            }).append(" |");
            out.add(row.toString());
        }
        out.add("");
    }

    private static void latency(Path tsv, String jvm, List<String> out) throws IOException {
        out.add("## Keystroke → frame that shows it in the preview (ms), " + jvm);
        out.add("");
        if (!Files.exists(tsv)) {
            out.add("_not run_");
            out.add("");
            return;
        }
        List<String[]> all = Files.readAllLines(tsv).stream().skip(1).map(l -> l.split("\t")).toList();
        List<String[]> rows = all.stream().filter(r -> !r[0].endsWith("-stall") && !r[0].equals("history-scroll")).toList();
        List<String[]> history = all.stream().filter(r -> r[0].equals("history-scroll")).toList();
        List<String[]> stalls = all.stream().filter(r -> r[0].equals("checks-stall")).toList();
        List<String[]> spellStalls = all.stream().filter(r -> r[0].equals("spell-stall")).toList();
        out.add("| window | text | keystrokes | p50 | p95 | max | target |");
        out.add("|---|---|---:|---:|---:|---:|---|");
        for (String[] r : rows) {
            String target = r[0].startsWith("app")
                    ? verdict(Double.parseDouble(r[4]) <= 17 && Double.parseDouble(r[5]) <= 50, "p95 ≤ 17, max ≤ 50") : "baseline";
            String window = switch (r[0]) {
                case "app" -> "MLSD Composer, spell-check on";
                case "app-nospell" -> "MLSD Composer, spell-check off";
                default -> "TextArea, whole prompt re-set";
            };
            out.add("| " + window + " | " + kb(r[1]) + " | " + r[2]
                    + " | " + r[3] + " | " + r[4] + " | " + r[5] + " | " + target + " |");
        }
        for (String[] app : rows) {
            for (String[] base : rows) {
                if (app[0].equals("app") && base[0].equals("baseline") && app[1].equals(base[1])) {
                    double ratio = Double.parseDouble(app[4]) / Double.parseDouble(base[4]);
                    out.add("");
                    out.add(String.format(Locale.ROOT, "p95 ratio to the baseline at %s: %.3f%s", kb(app[1]), ratio,
                            app[1].equals("1048576") ? " (target ≤ 0.1: " + (ratio <= 0.1 ? "met" : "NOT met") + ")" : ""));
                }
            }
        }
        if (!stalls.isEmpty()) {
            out.add("");
            out.add("Longest gap between two frames while the checks and token counts run (they run off the FX thread):");
            out.add("");
            out.add("| text | after an edit: longest gap over 8 rounds (ms) | target | first run after opening (loads the tokenizer) (ms) |");
            out.add("|---|---:|---|---:|");
            for (String[] r : stalls) {
                out.add("| " + kb(r[1]) + " | " + r[2] + " | " + verdict(Double.parseDouble(r[2]) <= 2 * 16.7 + 1, "no stall over one frame (≤ 2 frame periods between pulses)")
                        + " | " + (r.length > 3 ? r[3] : "—") + " |");
            }
        }
        for (String[] r : history) {
            out.add("");
            out.add("The History tab with " + r[1] + " versions and as many answers (a virtualised list): longest gap between two frames");
            out.add("");
            out.add("| scrolling down and up (ms) | gaps over 2 periods / pulses | selecting one or two versions (ms) | target "
                    + "| a bare ListView scrolled the same way, same run (ms) | its gaps over 2 periods |");
            out.add("|---:|---:|---:|---|---:|---:|");
            out.add("| " + r[2] + " | " + r[6] + " / " + r[4] + " | " + r[3] + " | "
                    + verdict(Double.parseDouble(r[2]) <= 2 * 16.7 + 1 && Double.parseDouble(r[3]) <= 2 * 16.7 + 1, "no gap over 2 frame periods")
                    + " | " + r[5] + " | " + r[7] + " |");
        }
        if (!spellStalls.isEmpty()) {
            out.add("");
            out.add("Longest gap between two frames while the spell-check runs (off the FX thread; underlines set a piece at a time):");
            out.add("");
            out.add("| text | after an edit or a changed word list: longest gap over 6 rounds (ms) | target | first check after opening (reads the dictionaries) (ms) | target |");
            out.add("|---|---:|---|---:|---|");
            for (String[] r : spellStalls) {
                out.add("| " + kb(r[1]) + " | " + r[2] + " | " + verdict(Double.parseDouble(r[2]) <= 2 * 16.7 + 1, "≤ 2 frame periods")
                        + " | " + r[3] + " | " + verdict(Double.parseDouble(r[3]) <= 2 * 16.7 + 1, "≤ 2 frame periods") + " |");
            }
        }
        out.add("");
    }

    private static void startup(Path tsv, List<String> out) throws IOException {
        out.add("## Start-up to the first frame (ms, under Xvfb), against the floor in the same run");
        out.add("");
        if (!Files.exists(tsv) || Files.readAllLines(tsv).isEmpty()) {
            out.add("_not run (needs a display or xvfb-run)_");
            out.add("");
            return;
        }
        out.add("| how started | pairs | app median | floor median | median ratio | target |");
        out.add("|---|---:|---:|---:|---:|---|");
        for (String kind : List.of("plain", "launcher", "installed")) {
            List<String[]> rows = Files.readAllLines(tsv).stream().map(l -> l.split("\t")).filter(r -> r[0].equals(kind) && r.length == 3
                    && !r[1].isBlank() && !r[2].isBlank()).toList();
            if (rows.isEmpty()) {
                continue;
            }
            double[] app = rows.stream().mapToDouble(r -> Double.parseDouble(r[1])).toArray();
            double[] floor = rows.stream().mapToDouble(r -> Double.parseDouble(r[2])).toArray();
            double[] ratios = rows.stream().mapToDouble(r -> Double.parseDouble(r[1]) / Double.parseDouble(r[2])).toArray();
            double ratio = median(ratios);
            String target = switch (kind) {
                case "plain" -> verdict(ratio <= 1.5, "≤ 1.5 ×");
                case "launcher" -> verdict(ratio <= 1.0, "≤ 1.0 ×");
                default -> verdict(ratio <= 0.8, "≤ 0.8 ×");
            };
            String how = switch (kind) {
                case "plain" -> "`java -jar` (FastStart: a second JVM with the launcher's options and archive)";
                case "launcher" -> "launcher script (AppCDS, C1, Shenandoah)";
                default -> "installed .deb (jlink runtime, archive from postinst, C1, Shenandoah)";
            };
            out.add(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.2f | %s |", how, rows.size(), median(app), median(floor), ratio, target));
        }
        out.add("");
    }

    private static void memory(Path tsv, String how, double limit, List<String> out) throws IOException {
        out.add("## Peak RSS with a 1 MB project open, checked and spell-checked (MB): " + how);
        out.add("");
        if (!Files.exists(tsv) || Files.readAllLines(tsv).isEmpty()) {
            out.add("_not run_");
            out.add("");
            return;
        }
        List<String[]> rows = Files.readAllLines(tsv).stream().map(l -> l.split("\t")).filter(r -> r.length == 2).toList();
        double[] app = rows.stream().mapToDouble(r -> Double.parseDouble(r[0]) / 1024).toArray();
        double[] floor = rows.stream().mapToDouble(r -> Double.parseDouble(r[1]) / 1024).toArray();
        double ratio = median(app) / median(floor);
        out.add("| app median | floor median (same text) | ratio | target |");
        out.add("|---:|---:|---:|---|");
        out.add(String.format(Locale.ROOT, "| %.0f | %.0f | %.2f | %s |", median(app), median(floor), ratio, verdict(ratio <= limit, String.format(Locale.ROOT, "≤ %.1f ×", limit))));
        out.add("");
    }

    private static String verdict(boolean met, String target) {
        return target + (met ? " — met" : " — NOT met");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String kb(String bytes) {
        int b = Integer.parseInt(bytes);
        return b >= 1024 * 1024 ? (b / (1024 * 1024)) + " MB" : (b / 1024) + " KB";
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException e) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + System.getProperty("os.name");
    }
}
