package dev.mlsd.composer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The files the .deb puts under /usr/share: the menu entry, the MIME type and the icons. */
class DesktopIntegrationTest {

    private static final Path LINUX = Path.of("packaging", "linux");

    @Test
    void theMenuEntryOpensProjectsInBothLanguages() throws IOException {
        Map<String, String> entry = new LinkedHashMap<>();
        for (String line : Files.readAllLines(LINUX.resolve("mlsd-composer.desktop"), StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                entry.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        assertThat(entry).containsEntry("Type", "Application").containsEntry("Name", "MLSD Composer")
                .containsKeys("Name[ru]", "Comment", "Comment[ru]")
                .containsEntry("Exec", "mlsd-composer %f").containsEntry("Icon", "mlsd-composer")
                .containsEntry("Categories", "Development;Office;").containsEntry("MimeType", "application/x-mlsd-project;");
        assertThat(entry.get("Comment[ru]")).containsPattern("\\p{IsCyrillic}");
    }

    @Test
    void theMimeTypeClaimsMlsdFilesWithOurIcon() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(LINUX.resolve("mlsd-composer-mime.xml").toFile());
        Element type = (Element) xml.getElementsByTagName("mime-type").item(0);
        assertThat(type.getAttribute("type")).isEqualTo("application/x-mlsd-project");
        assertThat(((Element) type.getElementsByTagName("glob").item(0)).getAttribute("pattern")).isEqualTo("*.mlsd");
        assertThat(((Element) type.getElementsByTagName("generic-icon").item(0)).getAttribute("name")).isEqualTo("application-x-mlsd-project");
    }

    @Test
    void everyIconSizeIsThereAtItsSize() throws IOException {
        assertThat(Path.of("assets", "icons", "mlsd-composer.svg")).isRegularFile();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512}) {
            BufferedImage icon = ImageIO.read(Path.of("assets", "icons", "mlsd-composer-" + size + ".png").toFile());
            assertThat(icon).as("%d px icon", size).isNotNull();
            assertThat(new int[] {icon.getWidth(), icon.getHeight()}).as("%d px icon", size).containsExactly(size, size);
        }
    }
}
