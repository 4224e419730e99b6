package dev.mlsd.composer.core.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.core.io.InputProblem;
import dev.mlsd.composer.core.io.TextFiles;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentImportReadTest {

    @TempDir
    Path dir;

    private static final String RUSSIAN = "# 1. Постановка задачи\r\nСнизить отток абонентов на 5 % за квартал.\r\n";

    @Test
    void readsAndDecodesADocumentInAnotherEncoding() throws Exception {
        Path file = Files.write(dir.resolve("doc.md"), RUSSIAN.getBytes(Charset.forName("windows-1251")));

        DecodedText decoded = DocumentImport.read(file);

        assertThat(decoded.text()).isEqualTo(RUSSIAN.replace("\r\n", "\n"));
        assertThat(decoded.charset()).isEqualTo("windows-1251");
        assertThat(decoded.detected()).isTrue();
    }

    @Test
    void readsUtf8AsItIs() throws Exception {
        Path file = Files.write(dir.resolve("doc.md"), RUSSIAN.getBytes(StandardCharsets.UTF_8));
        DecodedText decoded = DocumentImport.read(file);
        assertThat(decoded.text()).isEqualTo(RUSSIAN.replace("\r\n", "\n"));
        assertThat(decoded.detected()).isFalse();
    }

    @Test
    void aMissingFileAFolderAndATooLargeFileAreExplained() throws Exception {
        assertThatThrownBy(() -> DocumentImport.read(dir.resolve("missing.md")))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problem()).isEqualTo(InputProblem.NO_SUCH_FILE));
        assertThatThrownBy(() -> DocumentImport.read(dir))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problem()).isEqualTo(InputProblem.IS_FOLDER));

        Path huge = dir.resolve("huge.md");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(TextFiles.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> DocumentImport.read(huge))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InputProblem.TOO_LARGE);
                    assertThat(e.getMessage()).contains("50.0 MB");
                });
    }
}
