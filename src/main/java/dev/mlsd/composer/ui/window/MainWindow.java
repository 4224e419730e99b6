package dev.mlsd.composer.ui.window;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window's layout, and nothing else: menus and the toolbar on top; on the left the template notice over
 * the section editors; on the right the preview over the checks; the status bar below. What the
 * parts do is wired in {@code app.WiredWindow}.
 */
public final class MainWindow {

    /** The parts the window lays out. */
    public record Parts(MenuBar menus, Node toolbar, Node templateNotice, Node editors, Node preview, Node checks, Node statusBar) {
    }

    private static final double EDITORS_SHARE = 0.5;
    private static final double PREVIEW_SHARE = 0.74;

    private final Scene scene;

    /** Lays {@code parts} out in a scene on {@code stage}. */
    public MainWindow(Stage stage, Parts parts) {
        VBox.setVgrow(parts.editors(), Priority.ALWAYS);
        VBox left = new VBox(parts.templateNotice(), parts.editors());

        SplitPane right = new SplitPane(parts.preview(), parts.checks());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(PREVIEW_SHARE);

        SplitPane main = new SplitPane(left, right);
        main.setDividerPositions(EDITORS_SHARE);
        BorderPane root = new BorderPane(main);
        root.setTop(new VBox(parts.menus(), parts.toolbar()));
        root.setBottom(parts.statusBar());
        root.getStyleClass().add("main-window");

        scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("/css/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
    }

    public Scene scene() {
        return scene;
    }
}
