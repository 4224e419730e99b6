package dev.mlsd.composer.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirtyRangesTest {

    @Test
    void theVisibleRangeComesFirstThenTheFirstLeft() {
        DirtyRanges dirty = new DirtyRanges();
        dirty.add(0, 1000);
        assertThat(dirty.next(400, 500)).containsExactly(400, 500);
        dirty.remove(400, 500);
        assertThat(dirty.next(400, 500)).containsExactly(0, 400);
        dirty.remove(0, 400);
        assertThat(dirty.next(0, 10)).containsExactly(500, 1000);
        dirty.remove(500, 1000);
        assertThat(dirty.next(0, 10)).isNull();
        assertThat(dirty.isEmpty()).isTrue();
    }

    @Test
    void rangesFollowEditsAndMerge() {
        DirtyRanges dirty = new DirtyRanges();
        dirty.add(100, 200);
        dirty.add(300, 400);
        dirty.shift(50, 0, 10);
        assertThat(dirty.next(0, 1)).containsExactly(110, 210);
        dirty.shift(150, 100, 0); // removes [150, 250): cuts the first range's end, moves the second
        assertThat(dirty.next(0, 1)).containsExactly(110, 150);
        assertThat(dirty.next(260, 261)).containsExactly(260, 261);
        dirty.add(140, 270);
        assertThat(dirty.next(0, 1)).containsExactly(110, 310);
    }
}
