package dev.mlsd.composer.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** A file that could not be written, and why, in terms a user can act on; the old file is untouched. */
public final class WriteFailedException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why a write failed. */
    public enum Reason {
        DISK_FULL("the disk is full"),
        READ_ONLY("the folder or file is read-only (permission denied)"),
        NO_FOLDER("its folder does not exist"),
        OTHER("{0}");

        private final String english;

        Reason(String english) {
            this.english = english;
        }

        /** The key of this reason in the UI's message bundles. */
        public String messageKey() {
            return "write." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final String detail;

    public WriteFailedException(Reason reason, String detail, IOException cause) {
        super(reason == Reason.OTHER ? detail : reason.english, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** What the system said, for {@link Reason#OTHER}. */
    public String detail() {
        return detail;
    }

    static WriteFailedException of(IOException e) {
        if (e instanceof WriteFailedException already) {
            return already;
        }
        String message = String.valueOf(e.getMessage());
        String reasonText = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : message;
        String lower = (message + " " + reasonText).toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("not enough space") || lower.contains("disk quota")) {
            return new WriteFailedException(Reason.DISK_FULL, reasonText, e);
        }
        if (e instanceof AccessDeniedException || lower.contains("read-only file system") || lower.contains("permission denied")) {
            return new WriteFailedException(Reason.READ_ONLY, reasonText, e);
        }
        if (e instanceof NoSuchFileException) {
            return new WriteFailedException(Reason.NO_FOLDER, reasonText, e);
        }
        return new WriteFailedException(Reason.OTHER, reasonText, e);
    }
}
