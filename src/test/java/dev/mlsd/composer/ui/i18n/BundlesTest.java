package dev.mlsd.composer.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.io.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundlesTest {

    /** Latin words a Russian UI may show: names and technical terms. */
    static final Set<String> LATIN_ALLOWED_IN_RUSSIAN = Set.of(
            "MLSD", "Composer", "ML", "System", "Design", "JSON", "UTF", "formatVersion", "mlsd", "Ctrl", "Shift", "C", "Markdown", "md", "txt", "V", "HTML", "html");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("messages_ru.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages.properties").stringPropertyNames()));
    }

    @Test
    void everyPatternIsAValidMessageFormatWithTheSameArguments() throws IOException {
        Properties en = load("messages.properties");
        Properties ru = load("messages_ru.properties");
        for (String key : en.stringPropertyNames()) {
            assertThat(new MessageFormat(ru.getProperty(key)).getFormatsByArgumentIndex())
                    .as(key).hasSameSizeAs(new MessageFormat(en.getProperty(key)).getFormatsByArgumentIndex());
        }
    }

    @Test
    void apostrophesAreDoubledAsMessageFormatNeeds() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_ru.properties")) {
            Properties properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                assertThat(properties.getProperty(key)).as("%s in %s", key, bundle).doesNotContainPattern("(?<!')'(?!')");
            }
        }
    }

    @Test
    void russianTextsHaveNoEnglishWordsAndEnglishTextsNoCyrillic() throws IOException {
        Properties ru = load("messages_ru.properties");
        Pattern latin = Pattern.compile("[A-Za-z][A-Za-z]*");
        for (String key : ru.stringPropertyNames()) {
            Matcher m = latin.matcher(ru.getProperty(key).replaceAll("\\{[^}]*}", ""));
            while (m.find()) {
                assertThat(LATIN_ALLOWED_IN_RUSSIAN).as("%s: %s", key, ru.getProperty(key)).contains(m.group());
            }
        }
        Properties en = load("messages.properties");
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as(key).doesNotContainPattern("\\p{IsCyrillic}");
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        Pattern call = Pattern.compile("(?:messages\\.(?:get|text)|textFor)\\(\"([a-zA-Z.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        used.removeIf(key -> key.endsWith("."));
        for (InputProblem problem : InputProblem.values()) {
            used.add(problem.messageKey());
        }
        for (dev.mlsd.composer.core.lint.Severity severity : dev.mlsd.composer.core.lint.Severity.values()) {
            used.add("checks.severity." + severity.id());
        }
        for (dev.mlsd.composer.core.tokens.ContextBudget.Level level : dev.mlsd.composer.core.tokens.ContextBudget.Level.values()) {
            used.add("meter.accessible." + level.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (dev.mlsd.composer.core.io.WriteFailedException.Reason reason : dev.mlsd.composer.core.io.WriteFailedException.Reason.values()) {
            used.add(reason.messageKey());
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(keys).containsAll(used);
    }
}
