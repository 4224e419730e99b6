package dev.mlsd.composer.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class ComposerApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("MLSD Composer"), 800, 600));
        stage.setTitle("MLSD Composer");
        stage.show();
    }
}
