package dev.mlsd.composer.ui.dialog;

/** The message dialogs the window shows; behind an interface so tests can answer them. */
public interface Dialogs {

    /** Asks whether to save the changes to the project named {@code projectName}. */
    UnsavedChoice askUnsaved(String projectName);

    /** Asks what to do when another program changed the file of a project with unsaved edits. */
    OutsideChangeChoice askOutsideChange(String projectName);

    /** Offers back unsaved work found after a crash, showing what differs from the saved file. */
    RecoveryChoice askRecovery(RecoveryOffer offer);

    /** Tells the user something went wrong; {@code header} is one line, {@code details} the why. */
    void showError(String header, String details);

    /** Shows the About box. */
    void showAbout();
}
