package dev.mlsd.composer.core.diff;

import static dev.mlsd.composer.core.diff.LineDiff.Kind.ADDED;
import static dev.mlsd.composer.core.diff.LineDiff.Kind.REMOVED;
import static dev.mlsd.composer.core.diff.LineDiff.Kind.SAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mlsd.composer.core.diff.LineDiff.Kind;
import dev.mlsd.composer.core.diff.LineDiff.Line;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    // ---- examples -------------------------------------------------------------------------

    @Test
    void identicalTextsAreAllSame() {
        List<Line> diff = LineDiff.diff("a\nb\nc", "a\nb\nc");

        assertThat(diff).containsExactly(same("a"), same("b"), same("c"));
        assertThat(LineDiff.differs(diff)).isFalse();
    }

    @Test
    void twoEmptyTextsHaveNoLines() {
        List<Line> diff = LineDiff.diff("", "");

        assertThat(diff).isEmpty();
        assertThat(LineDiff.differs(diff)).isFalse();
    }

    @Test
    void emptyTextIsNoLineAtAll() {
        assertThat(LineDiff.diff("", "a")).containsExactly(added("a"));
        assertThat(LineDiff.diff("a", "")).containsExactly(removed("a"));
        assertThat(LineDiff.diff("", "a\nb")).containsExactly(added("a"), added("b"));
        assertThat(LineDiff.diff("a\nb", "")).containsExactly(removed("a"), removed("b"));
        assertThat(LineDiff.differs(LineDiff.diff("", "a"))).isTrue();
    }

    @Test
    void insertionInTheMiddle() {
        assertThat(LineDiff.diff("a\nb\nc", "a\nb\nnew\nc"))
                .containsExactly(same("a"), same("b"), added("new"), same("c"));
    }

    @Test
    void deletionInTheMiddle() {
        assertThat(LineDiff.diff("a\nold\nb\nc", "a\nb\nc"))
                .containsExactly(same("a"), removed("old"), same("b"), same("c"));
    }

    @Test
    void insertionAndDeletionAtTheEnds() {
        assertThat(LineDiff.diff("a\nb", "new\na\nb")).containsExactly(added("new"), same("a"), same("b"));
        assertThat(LineDiff.diff("a\nb", "a")).containsExactly(same("a"), removed("b"));
    }

    @Test
    void replacementInTheMiddleShowsRemovedBeforeAdded() {
        assertThat(LineDiff.diff("a\nb\nc\nd", "a\nX\nY\nd"))
                .containsExactly(same("a"), removed("b"), removed("c"), added("X"), added("Y"), same("d"));
    }

    @Test
    void separateReplacementsStaySeparate() {
        assertThat(LineDiff.diff("a\nx\nb\ny\nc", "a\nX\nb\nY\nc")).containsExactly(
                same("a"), removed("x"), added("X"), same("b"), removed("y"), added("Y"), same("c"));
    }

    @Test
    void shortestDiffKeepsTheLongestCommonSubsequence() {
        // Classic Myers example: ABCABBA -> CBABAC has an LCS of 4.
        List<Line> diff = LineDiff.diff("A\nB\nC\nA\nB\nB\nA", "C\nB\nA\nB\nA\nC");

        assertThat(diff.stream().filter(l -> l.kind() == SAME)).hasSize(4);
        assertThat(side(diff, REMOVED)).isEqualTo("A\nB\nC\nA\nB\nB\nA");
        assertThat(side(diff, ADDED)).isEqualTo("C\nB\nA\nB\nA\nC");
    }

    @Test
    void cyrillicAndEmojiLinesAreComparedWhole() {
        assertThat(LineDiff.diff("Привет\nмир 🌍\nконец", "Привет\nмир 🌎\nконец"))
                .containsExactly(same("Привет"), removed("мир 🌍"), added("мир 🌎"), same("конец"));
        assertThat(LineDiff.diff("😀\nёж", "😀\nёж\n👨‍👩‍👧"))
                .containsExactly(same("😀"), same("ёж"), added("👨‍👩‍👧"));
    }

    @Test
    void trailingLineBreakIsAnEmptyLastLine() {
        assertThat(LineDiff.diff("a\n", "a")).containsExactly(same("a"), removed(""));
        assertThat(LineDiff.diff("a", "a\n")).containsExactly(same("a"), added(""));
        assertThat(LineDiff.diff("a\n", "a\n")).containsExactly(same("a"), same(""));
        assertThat(LineDiff.diff("a\n\n", "a\n")).containsExactly(same("a"), same(""), removed(""));
        assertThat(LineDiff.differs(LineDiff.diff("a\n", "a"))).isTrue();
    }

    @Test
    void aLoneLineBreakIsTwoEmptyLines() {
        assertThat(LineDiff.diff("", "\n")).containsExactly(added(""), added(""));
        assertThat(LineDiff.diff("\n", "")).containsExactly(removed(""), removed(""));
        assertThat(LineDiff.diff("\n", "\n")).containsExactly(same(""), same(""));
    }

    @Test
    void leadingAndInnerEmptyLinesAreLines() {
        assertThat(LineDiff.diff("\na", "a")).containsExactly(removed(""), same("a"));
        assertThat(LineDiff.diff("a\nb", "a\n\nb")).containsExactly(same("a"), added(""), same("b"));
    }

    @Test
    void differsLooksForAnyChange() {
        assertThat(LineDiff.differs(List.of())).isFalse();
        assertThat(LineDiff.differs(List.of(same("a"), same("b")))).isFalse();
        assertThat(LineDiff.differs(List.of(same("a"), removed("b")))).isTrue();
        assertThat(LineDiff.differs(List.of(added("b"), same("a")))).isTrue();
    }

    @Test
    void resultIsUnmodifiableAndNullsAreRejected() {
        List<Line> diff = LineDiff.diff("a", "b");
        assertThatThrownBy(() -> diff.add(same("c"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> LineDiff.diff(null, "a")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> LineDiff.diff("a", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Line(null, "a")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Line(SAME, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void beyondTheEditBoundTheDifferingMiddleIsReplacedWhole() {
        String before = "a\nb\nc\nd\ne";
        String after = "a\nX\nc\nY\ne";

        assertThat(LineDiff.diff(before, after, 4)).containsExactly(
                same("a"), removed("b"), added("X"), same("c"), removed("d"), added("Y"), same("e"));
        // Four edits are needed; with a bound of two the middle b..d is shown replaced by X..Y.
        assertThat(LineDiff.diff(before, after, 2)).containsExactly(
                same("a"), removed("b"), removed("c"), removed("d"), added("X"), added("c"), added("Y"), same("e"));
        assertThat(LineDiff.diff(before, after, 0)).containsExactly(
                same("a"), removed("b"), removed("c"), removed("d"), added("X"), added("c"), added("Y"), same("e"));
    }

    // ---- large inputs ---------------------------------------------------------------------

    @Test
    void twentyThousandLinesWithAFewScatteredChangesAreFast() {
        List<String> before = numbered("line", 20_000);
        List<String> after = new ArrayList<>(before);
        after.set(0, "changed first");
        after.set(7_000, "changed at 7000");
        after.add(12_345, "inserted at 12345");
        after.remove(15_000);
        after.set(after.size() - 1, "changed last");

        List<Line> diff = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> timed("20k lines, 5 scattered changes",
                        () -> LineDiff.diff(String.join("\n", before), String.join("\n", after))));

        assertThat(diff.stream().filter(l -> l.kind() == REMOVED)).hasSize(4);
        assertThat(diff.stream().filter(l -> l.kind() == ADDED)).hasSize(4);
        assertThat(side(diff, REMOVED)).isEqualTo(String.join("\n", before));
        assertThat(side(diff, ADDED)).isEqualTo(String.join("\n", after));
    }

    @Test
    void twoCompletelyDifferentTextsOfFiveThousandLinesAreReplacedWhole() {
        List<String> before = numbered("old", 5_000);
        List<String> after = numbered("new", 5_000);

        List<Line> diff = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> timed("5k vs 5k completely different",
                        () -> LineDiff.diff(String.join("\n", before), String.join("\n", after))));

        assertThat(diff).hasSize(10_000);
        assertThat(diff.subList(0, 5_000)).allMatch(l -> l.kind() == REMOVED);
        assertThat(diff.subList(5_000, 10_000)).allMatch(l -> l.kind() == ADDED);
        assertThat(side(diff, REMOVED)).isEqualTo(String.join("\n", before));
        assertThat(side(diff, ADDED)).isEqualTo(String.join("\n", after));
    }

    @Test
    void twoUnrelatedTextsOfTwentyThousandLinesFromAFewLinesStayBounded() {
        // Worst case for the search: many matches everywhere, yet far more than MAX_EDITS edits.
        Random random = new Random(42);
        List<String> alphabet = List.of("", "a", "b", "c");
        List<String> before = IntStream.range(0, 20_000).mapToObj(i -> alphabet.get(random.nextInt(4))).toList();
        List<String> after = IntStream.range(0, 20_000).mapToObj(i -> alphabet.get(random.nextInt(4))).toList();

        List<Line> diff = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> timed("20k vs 20k random lines from 4",
                        () -> LineDiff.diff(String.join("\n", before), String.join("\n", after))));

        assertThat(side(diff, REMOVED)).isEqualTo(String.join("\n", before));
        assertThat(side(diff, ADDED)).isEqualTo(String.join("\n", after));
    }

    @Test
    void fiveThousandLinesWithJustUnderTheEditBoundAreStillDiffedExactly() {
        // Every other line of 4,000 changed: 1,999 replaced lines in the middle, 3,998 edits.
        List<String> before = numbered("line", 4_000);
        List<String> after = new ArrayList<>(before);
        for (int i = 1; i < 3_999; i += 2) {
            after.set(i, "changed " + i);
        }

        List<Line> diff = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> timed("4k lines, every other changed (3,998 edits)",
                        () -> LineDiff.diff(String.join("\n", before), String.join("\n", after))));

        assertThat(diff.stream().filter(l -> l.kind() == SAME)).hasSize(2_001);
        assertThat(diff).hasSize(4_000 + 1_999);
    }

    // ---- properties -----------------------------------------------------------------------

    @Property(tries = 1000)
    void diffReconstructsBothTextsAndKeepsALongestCommonSubsequence(
            @ForAll("lineLists") List<String> beforeLines, @ForAll("lineLists") List<String> afterLines) {
        String before = String.join("\n", beforeLines);
        String after = String.join("\n", afterLines);

        List<Line> diff = LineDiff.diff(before, after);

        assertThat(side(diff, REMOVED)).isEqualTo(before);
        assertThat(side(diff, ADDED)).isEqualTo(after);
        assertThat(diff.stream().filter(l -> l.kind() == SAME).count())
                .isEqualTo(lcsLength(lines(before), lines(after)));
        assertRemovedBeforeAdded(diff);
        assertThat(LineDiff.differs(diff)).isEqualTo(!before.equals(after));
    }

    @Property(tries = 1000)
    void beyondTheBoundTheMiddleIsReplacedWholeAndWithinItTheDiffIsShortest(
            @ForAll("lineLists") List<String> beforeLines, @ForAll("lineLists") List<String> afterLines,
            @ForAll @IntRange(min = 0, max = 15) int halfBound) {
        int maxEdits = 2 * halfBound;
        String before = String.join("\n", beforeLines);
        String after = String.join("\n", afterLines);
        List<String> a = lines(before);
        List<String> b = lines(after);

        List<Line> diff = LineDiff.diff(before, after, maxEdits);

        assertThat(side(diff, REMOVED)).isEqualTo(before);
        assertThat(side(diff, ADDED)).isEqualTo(after);
        assertRemovedBeforeAdded(diff);
        int lcs = lcsLength(a, b);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        long same = diff.stream().filter(l -> l.kind() == SAME).count();
        if (a.size() + b.size() - 2 * lcs <= maxEdits) {
            assertThat(same).isEqualTo(lcs);
        } else {
            assertThat(same).isEqualTo(prefix + suffix);
        }
    }

    @Provide
    Arbitrary<List<String>> lineLists() {
        return Arbitraries.of("", "a", "b", "c", "ж", "😀").list().ofMaxSize(25);
    }

    // ---- helpers --------------------------------------------------------------------------

    private static Line same(String text) {
        return new Line(SAME, text);
    }

    private static Line removed(String text) {
        return new Line(REMOVED, text);
    }

    private static Line added(String text) {
        return new Line(ADDED, text);
    }

    /** The text of one side: the SAME lines with the REMOVED ones (before) or the ADDED ones (after). */
    private static String side(List<Line> diff, Kind changed) {
        return diff.stream().filter(l -> l.kind() == SAME || l.kind() == changed)
                .map(Line::text).collect(Collectors.joining("\n"));
    }

    /** The same splitting rule as TextLines': split("\n", -1), but the empty text has no lines. */
    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }

    /** Reference longest common subsequence length, O(N·M) dynamic programming. */
    private static int lcsLength(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }

    private static void assertRemovedBeforeAdded(List<Line> diff) {
        for (int i = 1; i < diff.size(); i++) {
            assertThat(diff.get(i - 1).kind() == ADDED && diff.get(i).kind() == REMOVED)
                    .as("ADDED line %d directly before a REMOVED line", i - 1).isFalse();
        }
    }

    private static List<String> numbered(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + " " + i).collect(Collectors.toList());
    }

    private static <T> T timed(String label, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf("LineDiffTest: %s took %d ms%n", label, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
