package dev.mlsd.composer.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;


    private SettingsStore store() {
        return new SettingsStore(dir, new AtomicFileWriter(), Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        SettingsStore.Loaded loaded = store().loadOrRepair();
        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.movedAside()).isNull();
    }

    @Test
    void roundTripsLanguageWindowAndRecentFilesAndKeepsUnknownKeys() throws Exception {
        // "theme" and then "spellCheck" were this test's unknown key until they came; "wordWrap" is one this version does not know yet.
        Files.writeString(dir.resolve("settings.json"), "{\"wordWrap\": false}");
        SettingsStore store = store();
        store.loadOrRepair();
        Settings settings = Settings.defaults().withLanguage("ru")
                .withWindow(new Settings.WindowBounds(10, 20, 900, 700, false))
                .withRecent(dir.resolve("a.mlsd")).withRecent(dir.resolve("b.mlsd")).withRecent(dir.resolve("a.mlsd"));
        store.save(settings);
        Settings back = store().loadOrRepair().settings();
        assertThat(back).isEqualTo(settings);
        assertThat(back.recentFiles()).containsExactly(dir.resolve("a.mlsd"), dir.resolve("b.mlsd"));
        assertThat(Files.readString(dir.resolve("settings.json"))).contains("\"wordWrap\" : false");
    }

    @Test
    void roundTripsThemeAndFontSizeAndLeavesThemOutWhenTheyAreTheDefaults() throws Exception {
        SettingsStore store = store();
        store.loadOrRepair();
        store.save(Settings.defaults().withTheme(Settings.Theme.DARK).withFontSize(20));
        assertThat(store().load().theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(store().load().fontSize()).isEqualTo(20);
        store.save(Settings.defaults());
        assertThat(Files.readString(dir.resolve("settings.json"))).doesNotContain("theme").doesNotContain("fontSize");
        Files.writeString(dir.resolve("settings.json"), "{\"theme\": \"purple\", \"fontSize\": 1e9}");
        assertThat(store().load().theme()).isEqualTo(Settings.Theme.SYSTEM);
        assertThat(store().load().fontSize()).isEqualTo(Settings.MAX_FONT_SIZE);
    }

    @Test
    void roundTripsSplitPositionsLeavesThemOutAtTheDefaultsAndClampsBadOnes() throws Exception {
        store().save(Settings.defaults().withSplits(new Settings.Splits(0.3, 0.6)));
        assertThat(store().load().splits()).isEqualTo(new Settings.Splits(0.3, 0.6));
        assertThat(Files.readString(dir.resolve("settings.json"))).contains("\"splits\"");
        store().save(Settings.defaults());
        assertThat(Files.readString(dir.resolve("settings.json"))).doesNotContain("splits");
        assertThat(store().load().splits()).isEqualTo(new Settings.Splits(0.5, 0.74));

        Files.writeString(dir.resolve("settings.json"), "{\"splits\": {\"editors\": 5, \"preview\": \"wide\"}}");
        assertThat(store().load().splits()).isEqualTo(new Settings.Splits(Settings.Splits.MAX_SPLIT, 0.74));
        Files.writeString(dir.resolve("settings.json"), "{\"splits\": {\"editors\": -1e300}}");
        assertThat(store().load().splits()).isEqualTo(new Settings.Splits(Settings.Splits.MIN_SPLIT, 0.74));
        Files.writeString(dir.resolve("settings.json"), "{\"splits\": [0.2, 0.3]}");
        assertThat(store().loadOrRepair().settings().splits()).isEqualTo(Settings.Splits.defaults());
    }

    @Test
    void spellCheckIsOnUnlessTheFileSaysFalse() throws Exception {
        assertThat(store().load().spellCheck()).isTrue();
        SettingsStore store = store();
        store.loadOrRepair();
        store.save(Settings.defaults().withSpellCheck(false));
        assertThat(Files.readString(dir.resolve("settings.json"))).contains("\"spellCheck\" : false");
        assertThat(store().load().spellCheck()).isFalse();
        store.save(Settings.defaults());
        assertThat(store().load().spellCheck()).isTrue();
        Files.writeString(dir.resolve("settings.json"), "{\"spellCheck\": \"no\"}");
        assertThat(store().load().spellCheck()).isTrue();
    }

    @Test
    void keepsTenRecentFiles() {
        Settings settings = Settings.defaults();
        for (int i = 0; i < 15; i++) {
            settings = settings.withRecent(dir.resolve(i + ".mlsd"));
        }
        assertThat(settings.recentFiles()).hasSize(10).startsWith(dir.resolve("14.mlsd"));
        assertThat(settings.withoutRecent(List.of(dir.resolve("14.mlsd"))).recentFiles()).hasSize(9);
    }

    @Test
    void aBrokenFileIsMovedAsideAndTheDefaultsUsed() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"language\": \"ru\", ");
        SettingsStore.Loaded loaded = store().loadOrRepair();
        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.movedAside()).isEqualTo(dir.resolve("settings.broken-20261126-100000.json"));
        assertThat(loaded.movedAside()).hasContent("{\"language\": \"ru\", ");
        assertThat(dir.resolve("settings.json")).doesNotExist();
    }

    @Test
    void aRecentFileExistsWhileItIsAFileThere() throws Exception {
        SettingsStore store = store();
        Path project = Files.writeString(dir.resolve("p.mlsd"), "{}");
        assertThat(store.recentFileExists(project)).isTrue();
        assertThat(store.recentFileExists(dir)).as("a folder is not a project to open").isFalse();
        Files.delete(project);
        assertThat(store.recentFileExists(project)).isFalse();
    }
}
