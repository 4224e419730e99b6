package dev.mlsd.composer.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project file is opened without reading its history's bytes ({@link ProjectHeadReader}); the history
 * (and the rest of the file's hash) is read on first use ({@link HistoryTail}) and gives exactly what
 * reading the whole file at once gives, or the same problem.
 */
class HistoryTailTest {

    private static final Instant T0 = Instant.parse("2026-11-30T04:00:00Z");
    private static final String MARKER = "\n  \"history\": ";

    @TempDir
    Path dir;

    private final Template template = new TemplateLibrary(new TemplateParser()).defaultTemplate();
    private final ProjectCodec codec = new ProjectCodec();
    private final ProjectStore store = new ProjectStore(codec, new AtomicFileWriter());

    private Project withHistory(int versions, String seed) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (String slot : template.slotIds()) {
            sections.put(slot, ("Строка раздела " + slot + " " + seed + "\n").repeat(50));
        }
        Project project = Project.create(template, sections, T0);
        History history = History.empty();
        for (int i = 1; i <= versions; i++) {
            Map<String, String> next = new LinkedHashMap<>(project.sections());
            next.put("problem", next.get("problem") + "правка " + seed + " " + i + "\n");
            project = project.withSections(next, T0.plusSeconds(i));
            history = history.record(project, null, 100 + i, T0.plusSeconds(i))
                    .addAnswer(new Answer(seed + i, i, T0.plusSeconds(i), "GPT-5", "Ответ " + seed + " " + i));
        }
        return project.withHistory(history, project.modified());
    }

    /** Writes {@code bytes} as a file last modified a minute ago, so that its stamp is not racy and the head is read alone. */
    private Path settled(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        settle(file, 60_000);
        return file;
    }

    private static void settle(Path file, long agoMillis) throws Exception {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - agoMillis));
    }

    private ProjectStore.Stored readAsAWhole(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return new ProjectStore.Stored(codec.decode(bytes), FileStamp.of(file, bytes));
    }

    @Test
    void historyIsTheLastMemberOfTheRootObject() {
        Project project = withHistory(3, "a");
        String text = new String(store.encode(project), StandardCharsets.UTF_8);
        assertThat(text).contains(MARKER);
        assertThat(text.indexOf(MARKER)).isGreaterThan(text.indexOf("\n  \"modified\": "));
        assertThat(text.substring(text.indexOf(MARKER) + 1)).doesNotContain("\n  \"");
    }

    @Test
    void opensWithoutTheHistoryAndThenGivesWhatReadingTheWholeFileGivesAndSavesItByteForByte() throws Exception {
        byte[] bytes = store.encode(withHistory(40, "a"));
        Path file = settled("a.mlsd", bytes);
        ProjectStore.Stored whole = readAsAWhole(file);

        ProjectStore.Stored read = store.read(file);

        assertThat(read.project().historySource().isRead()).isFalse();
        assertThat(read.project().sections()).isEqualTo(whole.project().sections());
        assertThat(read.project().historySource().isRead()).isFalse();
        assertThat(read.project().history()).isEqualTo(whole.project().history());
        assertThat(read.project()).isEqualTo(whole.project());
        assertThat(read.stamp()).isEqualTo(whole.stamp());
        assertThat(FileStamp.current(file, read.stamp()).orElseThrow().contentDiffers(read.stamp())).isFalse();

        Path copy = dir.resolve("copy.mlsd");
        store.save(copy, read.project());
        assertThat(copy).hasBinaryContent(bytes);
    }

    @Test
    void unknownFieldsBeforeAndAfterTheHistoryAreKeptAndWrittenBeforeIt() throws Exception {
        String canonical = new String(store.encode(withHistory(5, "b")), StandardCharsets.UTF_8);
        String withUnknown = canonical.replace(MARKER, "\n  \"before\": {\"n\": [1, 2]}," + MARKER);
        String handMade = withUnknown.substring(0, withUnknown.lastIndexOf("\n}")) + ",\n  \"after\": {\n    \"x\": \"y\"\n  }\n}\n";
        Path file = settled("hand.mlsd", handMade.getBytes(StandardCharsets.UTF_8));
        ProjectStore.Stored whole = readAsAWhole(file);

        ProjectStore.Stored read = store.read(file);
        assertThat(read.project().historySource().isRead()).isFalse();
        assertThat(read.project().unknownFields().names()).containsExactly("before", "after");
        assertThat(read.project()).isEqualTo(whole.project());
        assertThat(read.stamp()).isEqualTo(whole.stamp());

        Path saved = dir.resolve("saved.mlsd");
        store.save(saved, read.project());
        String written = Files.readString(saved);
        assertThat(written).contains("\"after\"").contains("\"before\"");
        assertThat(written.indexOf("\"after\"")).isLessThan(written.indexOf(MARKER));
        settle(saved, 60_000);
        ProjectStore.Stored again = store.read(saved);
        assertThat(again.project()).isEqualTo(whole.project());
        Path savedAgain = dir.resolve("saved-again.mlsd");
        store.save(savedAgain, again.project());
        assertThat(savedAgain).hasBinaryContent(Files.readAllBytes(saved));
    }

    @Test
    void aBrokenTailOpensTheSectionsAndIsReportedOnFirstUseAsTheWholeFileReportsIt() throws Exception {
        String canonical = new String(store.encode(withHistory(5, "c")), StandardCharsets.UTF_8);
        int tail = canonical.indexOf(MARKER) + MARKER.length();
        String notJson = canonical.substring(0, tail) + canonical.substring(tail).replaceFirst("\"versions\": \\[", "\"versions\": [,");
        byte[] notUtf8 = canonical.getBytes(StandardCharsets.UTF_8);
        notUtf8[notUtf8.length - 40] = (byte) 0xFF;
        String brokenChain = canonical.substring(0, tail) + canonical.substring(tail).replaceFirst("\"at\" ?: ?\\d+", "\"at\": 99999");
        assertThat(brokenChain).isNotEqualTo(canonical);
        // A byte order mark where the history's value starts: the tail must not drop it as a file's first bytes.
        String markAtTail = canonical.substring(0, tail) + "\uFEFF" + canonical.substring(tail);
        byte[][] cases = {notJson.getBytes(StandardCharsets.UTF_8), notUtf8, brokenChain.getBytes(StandardCharsets.UTF_8),
            markAtTail.getBytes(StandardCharsets.UTF_8)};
        InputProblem[] problems = {InputProblem.NOT_JSON, InputProblem.NOT_UTF8, InputProblem.BROKEN_HISTORY, InputProblem.NOT_JSON};

        for (int i = 0; i < cases.length; i++) {
            byte[] bytes = cases[i];
            Path file = settled("broken" + i + ".mlsd", bytes);
            BadInputException atOnce = catchBadInput(() -> codec.decode(bytes));
            assertThat(atOnce.problem()).isEqualTo(problems[i]);

            ProjectStore.Stored read = store.read(file);
            assertThat(read.project().section("problem")).contains("Строка раздела problem c");
            assertThatThrownBy(() -> read.project().history())
                    .isInstanceOfSatisfying(UnreadableHistoryException.class, e -> {
                        assertThat(e.problem().problem()).isEqualTo(atOnce.problem());
                        assertThat(e.problem()).hasMessage(atOnce.getMessage());
                    });
            assertThatThrownBy(read::complete).isInstanceOf(BadInputException.class).hasMessage(atOnce.getMessage());
            assertThatThrownBy(() -> store.load(file)).isInstanceOf(BadInputException.class).hasMessage(atOnce.getMessage());

            // A save never writes the file without the history it could not read.
            Project edited = read.project().withSections(Map.of("problem", "new text"), T0);
            assertThatThrownBy(() -> store.save(file, edited)).isInstanceOf(WriteFailedException.class);
            assertThat(file).hasBinaryContent(bytes);
            Path elsewhere = dir.resolve("elsewhere" + i + ".mlsd");
            assertThatThrownBy(() -> store.save(elsewhere, edited)).isInstanceOf(WriteFailedException.class);
            assertThat(elsewhere).doesNotExist();
        }
    }

    @Test
    void aFileChangedBeforeTheHistoryIsReadGivesTheFilesHistoryAndAStampThatSaysSoUnlessTheHeadIsTheSame() throws Exception {
        Project first = withHistory(6, "d");
        Path file = settled("changed.mlsd", store.encode(first));
        ProjectStore.Stored read = store.read(file);

        // Another program adds versions; the text stays: what is shown is then the file.
        Project moreVersions = first.withHistory(withHistory(9, "d").history(), first.modified());
        byte[] sameHead = store.encode(moreVersions);
        Files.write(file, sameHead);
        settle(file, 30_000);

        assertThat(read.project().history()).isEqualTo(moreVersions.history());
        assertThat(read.stamp()).isNotEqualTo(FileStamp.of(file, sameHead));
        assertThat(read.stamp().contentDiffers(FileStamp.of(file, sameHead))).isFalse();
        assertThat(store.saveUnlessChanged(file, read.project(), read.stamp())).isInstanceOf(SaveOutcome.Saved.class);

        // Another program changes the text and the history: the history is the file's, and a save asks first.
        Path other = settled("other.mlsd", store.encode(first));
        ProjectStore.Stored shown = store.read(other);
        Project theirs = withHistory(4, "e");
        byte[] otherHead = store.encode(theirs);
        Files.write(other, otherHead);
        settle(other, 30_000);

        assertThat(shown.project().history()).isEqualTo(theirs.history());
        assertThat(shown.project().section("problem")).isEqualTo(first.section("problem"));
        assertThat(shown.stamp().contentDiffers(FileStamp.of(other, otherHead))).isTrue();
        assertThat(store.saveUnlessChanged(other, shown.project(), shown.stamp())).isInstanceOf(SaveOutcome.ChangedOutside.class);
        assertThat(other).hasBinaryContent(otherHead);
    }

    @Test
    void filesWithoutTheMarkerOrWhoseMarkerIsNotTheRootsHistoryAreReadWholeAsBefore() throws Exception {
        byte[] canonical = store.encode(withHistory(5, "f"));
        ObjectMapper json = new ObjectMapper();
        byte[] minified = json.writeValueAsBytes(json.readTree(canonical));
        String plain = new String(store.encode(Project.create(template, Map.of("problem", "x"), T0)), StandardCharsets.UTF_8);
        String nested = plain.substring(0, plain.lastIndexOf("\n}")) + ",\n  \"future\": {\n  \"history\": {\"versions\": []}\n}\n}\n";
        String format1 = plain.replace("\"formatVersion\": 2", "\"formatVersion\": 1").replace("\n}\n", "," + MARKER + "null\n}\n");
        assertThat(format1).contains(MARKER);
        byte[][] cases = {minified, nested.getBytes(StandardCharsets.UTF_8), format1.getBytes(StandardCharsets.UTF_8),
            plain.getBytes(StandardCharsets.UTF_8)};

        for (int i = 0; i < cases.length; i++) {
            Path file = settled("whole" + i + ".mlsd", cases[i]);
            ProjectStore.Stored whole = readAsAWhole(file);
            ProjectStore.Stored read = store.read(file);
            assertThat(read.project().historySource().isRead()).as("case %d", i).isTrue();
            assertThat(read.project()).isEqualTo(whole.project());
            assertThat(read.stamp()).isEqualTo(whole.stamp());
        }
        assertThat(store.read(dir.resolve("whole1.mlsd")).project().unknownFields().names()).containsExactly("future");
        assertThat(store.read(dir.resolve("whole2.mlsd")).project().migratedFrom()).isEqualTo(1);
    }

    @Test
    void aFileModifiedAMomentAgoIsReadWhole() throws Exception {
        Path file = dir.resolve("fresh.mlsd");
        store.save(file, withHistory(3, "g"));
        assertThat(store.read(file).project().historySource().isRead()).isTrue();
    }

    private interface Decoding {
        void run() throws Exception;
    }

    private static BadInputException catchBadInput(Decoding decoding) {
        try {
            decoding.run();
        } catch (BadInputException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a BadInputException", e);
        }
        throw new AssertionError("expected a BadInputException, the input was read");
    }
}
