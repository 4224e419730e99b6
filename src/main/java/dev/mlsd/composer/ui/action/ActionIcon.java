package dev.mlsd.composer.ui.action;

import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;

/** One toolbar icon: a glyph's outline in a square of {@link ActionIcons#SIZE} pixels, coloured by the stylesheet ({@code .action-icon}). */
public final class ActionIcon extends StackPane {

    private final String code;

    ActionIcon(String code, String path) {
        this.code = code;
        SVGPath glyph = new SVGPath();
        glyph.setContent(path);
        glyph.getStyleClass().add("action-icon");
        getChildren().add(glyph);
        setMinSize(ActionIcons.SIZE, ActionIcons.SIZE);
        setPrefSize(ActionIcons.SIZE, ActionIcons.SIZE);
        setMaxSize(ActionIcons.SIZE, ActionIcons.SIZE);
    }

    /** The Ikonli code of the glyph it shows. */
    public String code() {
        return code;
    }
}
