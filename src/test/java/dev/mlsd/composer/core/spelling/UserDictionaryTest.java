package dev.mlsd.composer.core.spelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's dictionary on the real file system: a plain file a person may edit too. */
class UserDictionaryTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("config").resolve(UserDictionary.FILE_NAME);
    }

    @Test
    void aMissingFileIsAnEmptyDictionaryAndAddingCreatesItOneWordPerLine() throws Exception {
        UserDictionary user = new UserDictionary(file(), new AtomicFileWriter());
        user.load();
        assertThat(user.contains("Куляскин")).isFalse();
        user.add("Куляскин");
        user.add("Вашкевич");
        user.add("куляскин");
        assertThat(Files.readString(file(), StandardCharsets.UTF_8)).isEqualTo("Куляскин\nВашкевич\n");
        assertThat(user.contains("КУЛЯСКИН")).isTrue();
    }

    @Test
    void wordsTypedIntoTheFileWhileTheAppRunsAreKept() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "Собянин\r\n\r\n  Афанасьева  \n", StandardCharsets.UTF_8);
        UserDictionary user = new UserDictionary(file(), new AtomicFileWriter());
        user.load();
        assertThat(user.contains("Афанасьева")).isTrue();
        Files.writeString(file(), "Собянин\nАфанасьева\nЛебедев\n", StandardCharsets.UTF_8);
        user.add("Куляскин");
        assertThat(user.words()).containsExactly("Собянин", "Афанасьева", "Лебедев", "Куляскин");
        assertThat(user.contains("лебедев")).isTrue();
    }

    @Test
    void removeTakesAWordAddedByMistakeOutInAnyCaseAndYo() throws Exception {
        UserDictionary user = new UserDictionary(file(), new AtomicFileWriter());
        user.add("Метрекой");
        user.add("зелёный");
        user.remove("метрекой");
        user.remove("зеленый");
        assertThat(user.contains("Метрекой")).isFalse();
        assertThat(Files.readString(file(), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theCheckerAcceptsAddedWordsAndReportsThemAgainOnceRemoved() throws Exception {
        UserDictionary user = new UserDictionary(file(), new AtomicFileWriter());
        SpellChecker checker = new SpellingDictionaries(ForkJoinPool.commonPool(), user, new IgnoreList()).checker().join();
        assertThat(checker.check("Звонил Куляскин.")).extracting(Misspelling::word).containsExactly("Куляскин");
        user.add("Куляскин");
        assertThat(checker.check("Звонил Куляскин.")).isEmpty();
        user.remove("Куляскин");
        assertThat(checker.check("Звонил Куляскин.")).extracting(Misspelling::word).containsExactly("Куляскин");
    }

    @Test
    void aFileThatIsNotUtf8IsAClearErrorAndIsLeftAsItWas() throws Exception {
        Files.createDirectories(file().getParent());
        byte[] cp1251 = {(byte) 0xCF, (byte) 0xF0, (byte) 0xE8, '\n'};
        Files.write(file(), cp1251);
        UserDictionary user = new UserDictionary(file(), new AtomicFileWriter());
        assertThatThrownBy(user::load).isInstanceOf(BadInputException.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> user.add("слово")).isInstanceOf(BadInputException.class);
        assertThat(Files.readAllBytes(file())).isEqualTo(cp1251);
    }
}
