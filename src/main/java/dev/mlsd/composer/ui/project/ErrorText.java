package dev.mlsd.composer.ui.project;

import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.core.io.WriteFailedException;
import dev.mlsd.composer.core.template.TemplateException;
import dev.mlsd.composer.ui.i18n.Messages;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Says in the UI language what went wrong with a file, without stack traces. */
public final class ErrorText {

    private final Messages messages;

    public ErrorText(Messages messages) {
        this.messages = messages;
    }

    public String describe(Exception e) {
        if (e instanceof BadInputException bad) {
            return messages.get(bad.problem().messageKey(), bad.args());
        }
        if (e instanceof TemplateException template) {
            return messages.get("error.template", template.describe());
        }
        if (e instanceof WriteFailedException failed) {
            return failed.reason() == WriteFailedException.Reason.OTHER
                    ? messages.get(failed.reason().messageKey(), failed.detail())
                    : messages.get(failed.reason().messageKey());
        }
        if (e instanceof AccessDeniedException) {
            return messages.get("error.io.denied");
        }
        if (e instanceof NoSuchFileException) {
            return messages.get("error.io.nofolder");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return messages.get("error.io.other", fs.getReason());
        }
        return messages.get("error.io.other", String.valueOf(e.getMessage()));
    }
}
