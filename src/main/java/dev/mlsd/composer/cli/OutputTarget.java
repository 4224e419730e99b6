package dev.mlsd.composer.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
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
        } catch (NoSuchFileException e) {
            throw CliError.about(output, "cannot be written: its folder does not exist");
        } catch (AccessDeniedException e) {
            throw CliError.about(output, "cannot be written: permission denied");
        } catch (IOException e) {
            throw CliError.about(output, "cannot be written: " + e.getMessage());
        }
    }
}
