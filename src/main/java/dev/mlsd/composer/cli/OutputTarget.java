package dev.mlsd.composer.cli;

import dev.mlsd.composer.core.io.WriteFailedException;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a command's result to {@code -o FILE} through the crash-safe writer, or to stdout. */
final class OutputTarget {

    private OutputTarget() {
    }

    static void write(CliContext context, Path output, byte[] content) throws IOException {
        if (output == null) {
            context.stdout().write(content);
            context.stdout().flush();
            return;
        }
        try {
            context.writer().write(output, content);
        } catch (WriteFailedException e) {
            throw CliError.about(output, "cannot be written: " + e.getMessage());
        }
    }
}
