package dev.mlsd.composer.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupCompilerTest {

    @Test
    void holdsTheOptimisingCompilerUntilReleased() throws Exception {
        assertHoldsAndReleases(StartupCompiler.hold());
    }

    @Test
    void reachesTheCommandsDirectlyWhereThePackageIsOpened() throws Exception {
        // Surefire opens the package to the tests as the jar's manifest (Add-Opens) opens it to java -jar.
        StartupCompiler.Commands direct = StartupCompiler.Direct.find();
        assertThat(direct).as("jdk.management's internals opened to the app").isNotNull();
        assertHoldsAndReleases(StartupCompiler.hold(direct));
    }

    @Test
    void reachesTheCommandsThroughJmxOtherwise() throws Exception {
        StartupCompiler.Commands jmx = StartupCompiler.Jmx.find();
        assertThat(jmx).as("the platform MBean server's DiagnosticCommand MBean").isNotNull();
        assertHoldsAndReleases(StartupCompiler.hold(jmx));
    }

    private static void assertHoldsAndReleases(StartupCompiler compiler) throws Exception {
        assertThat(compiler).as("this JVM (HotSpot with jdk.management) takes compiler directives").isNotNull();
        try {
            assertThat(compiler.directives()).contains("c2").containsPattern("(?i)exclude:?\\s*true");
        } finally {
            compiler.release();
        }
        assertThat(compiler.directives()).doesNotContainPattern("(?i)exclude:?\\s*true");
    }
}
