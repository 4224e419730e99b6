package dev.mlsd.composer.app;

/** Starts the window; the only path from {@link Main} into JavaFX. */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static void launch(String[] args) {
        javafx.application.Application.launch(ComposerApp.class, args);
    }
}
