package dev.mlsd.composer.cli;

import dev.mlsd.composer.core.io.AppDirs;
import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.prompt.PromptAssembler;
import dev.mlsd.composer.core.template.TemplateLibrary;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** What the commands work with: the core services and the streams they write to (UTF-8 always). */
public record CliContext(
        OutputStream stdout,
        PrintStream stderr,
        AppDirs dirs,
        TemplateLibrary templates,
        ProjectStore store,
        PromptAssembler assembler,
        AtomicFileWriter writer,
        Clock clock) {

    /** A UTF-8 print stream over {@code out}, whatever the platform charset. */
    public static PrintStream utf8(OutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    void warn(String message) {
        stderr.println("warning: " + message);
    }
}
