package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.core.settings.Settings;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
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

    private final Scene scene;
    private final SplitPane main;
    private final SplitPane right;

    /** Lays {@code parts} out in a scene on {@code stage}, with the dividers at {@code splits}. */
    public MainWindow(Stage stage, Parts parts, Settings.Splits splits) {
        VBox.setVgrow(parts.editors(), Priority.ALWAYS);
        VBox left = new VBox(parts.templateNotice(), parts.editors());

        right = new SplitPane(parts.preview(), parts.checks());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(splits.preview());
        right.getStyleClass().add("preview-split");

        main = new SplitPane(left, right);
        main.setDividerPositions(splits.editors());
        main.getStyleClass().add("main-split");
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

    /**
     * Tells {@code moved} where the dividers are when the user has dragged one. Only a drag is
     * remembered: the layout also moves a divider when the window is too small for its position,
     * and that is no choice of the user's.
     */
    public void reportSplits(Consumer<Settings.Splits> moved) {
        main.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            if (event.getTarget() instanceof Node target && onDivider(target)) {
                moved.accept(new Settings.Splits(main.getDividers().get(0).getPosition(), right.getDividers().get(0).getPosition()));
            }
        });
    }

    /** Whether {@code node} is a divider or a part of one (its grabber, where a press in its middle lands). */
    private static boolean onDivider(Node node) {
        for (Node at = node; at != null && !(at instanceof SplitPane); at = at.getParent()) {
            if (at.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }
}
