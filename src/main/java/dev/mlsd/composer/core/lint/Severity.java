package dev.mlsd.composer.core.lint;

import java.util.Locale;

/** How much a finding matters: an error makes {@code lint} exit 1. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lowercase name used in JSON and text output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
