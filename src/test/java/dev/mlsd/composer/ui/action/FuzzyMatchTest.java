package dev.mlsd.composer.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FuzzyMatchTest {

    @Test
    void aQueryMatchesItsLettersInOrderOnly() {
        assertThat(FuzzyMatch.score("sav", "Save")).isNotEqualTo(FuzzyMatch.NONE);
        assertThat(FuzzyMatch.score("spt", "Copy section prompt")).isNotEqualTo(FuzzyMatch.NONE);
        assertThat(FuzzyMatch.score("vas", "Save")).isEqualTo(FuzzyMatch.NONE);
        assertThat(FuzzyMatch.score("saves", "Save")).isEqualTo(FuzzyMatch.NONE);
    }

    @Test
    void lettersInARowAndAtWordStartsRankHigher() {
        assertThat(FuzzyMatch.score("sav", "Save")).isGreaterThan(FuzzyMatch.score("sav", "Select all of the view"));
        assertThat(FuzzyMatch.score("cp", "Copy prompt")).isGreaterThan(FuzzyMatch.score("cp", "Encoding of the input"));
        assertThat(FuzzyMatch.score("save", "Autosave; Save")).isEqualTo(FuzzyMatch.score("save", "Autosave; Save"))
                .isGreaterThan(FuzzyMatch.score("save", "Autosave"));
    }

    @Test
    void caseAndSpacesDoNotMatterAndCyrillicWorks() {
        assertThat(FuzzyMatch.score("SAV", "save")).isEqualTo(FuzzyMatch.score("sav", "Save"));
        assertThat(FuzzyMatch.score("copy prompt", "Copy prompt")).isEqualTo(FuzzyMatch.score("copyprompt", "Copy prompt"));
        assertThat(FuzzyMatch.score("сохр", "Сохранить")).isGreaterThan(FuzzyMatch.score("сохр", "Сменить шаблон проекта"));
    }

    @Test
    void entriesAreRankedBestFirstAndTheOtherLanguageAndDescriptionsMatchToo() {
        PaletteEntry save = entry("Save", "Сохранить", "Save the project to its file");
        PaletteEntry saveAs = entry("Save As…", "Сохранить как…", "Save the project to another file");
        PaletteEntry switchTemplate = entry("Switch template for this project…", "Сменить шаблон проекта…", "Move this project to another template");
        PaletteEntry about = entry("About MLSD Composer", "О программе", "Show the version of MLSD Composer");
        List<PaletteEntry> all = List.of(switchTemplate, about, saveAs, save);
        assertThat(PaletteEntry.filter(all, "sav")).startsWith(save, saveAs);
        assertThat(PaletteEntry.filter(all, "сохр")).containsExactly(save, saveAs);
        assertThat(PaletteEntry.filter(all, "version")).containsExactly(about);
        assertThat(PaletteEntry.filter(all, "")).containsExactly(switchTemplate, about, saveAs, save);
        assertThat(PaletteEntry.filter(all, "qqq")).isEmpty();
    }

    @Test
    void mnemonicMarksAreDroppedFromNames() {
        assertThat(ActionText.plain("Save _As…")).isEqualTo("Save As…");
        assertThat(ActionText.plain("snake__case")).isEqualTo("snake_case");
    }

    private static PaletteEntry entry(String name, String other, String description) {
        return new PaletteEntry(name, name, List.of(other), List.of(description), "", () -> true, () -> { });
    }
}
