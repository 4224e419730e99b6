package dev.mlsd.composer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.file.Files;

@AnalyzeClasses(packages = "dev.mlsd.composer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsPlainJava = noClasses().that().resideInAPackage("dev.mlsd.composer.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.fxmisc..", "org.controlsfx..")
            .because("the core runs headless, in the CLI and in plain unit tests");

    @ArchTest
    static final ArchRule coreDoesNotKnowTheAppOrCli = noClasses().that().resideInAPackage("dev.mlsd.composer.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.mlsd.composer.cli..", "dev.mlsd.composer.ui..", "dev.mlsd.composer.app..");

    @ArchTest
    static final ArchRule cliIsHeadless = noClasses().that().resideInAPackage("dev.mlsd.composer.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..", "dev.mlsd.composer.ui..");

    @ArchTest
    static final ArchRule theModelKnowsNoFileFormat = noClasses().that().resideInAPackage("dev.mlsd.composer.core.model..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
            .because("the model is the app's own; how a file spells it is the codec's business (core.io)");

    @ArchTest
    static final ArchRule uiDoesNoDiskWork = noClasses().that().resideInAPackage("dev.mlsd.composer.ui..")
            .should().dependOnClassesThat().belongToAnyOf(Files.class, FileInputStream.class, FileOutputStream.class,
                    RandomAccessFile.class, FileReader.class, FileWriter.class)
            .orShould().dependOnClassesThat().resideInAPackage("java.nio.channels..")
            .because("core services read and write files, and the UI calls them off the FX thread");
}
