package dev.mlsd.composer.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupCompilerTest {

    @Test
    void holdsTheOptimisingCompilerUntilReleased() throws Exception {
        StartupCompiler compiler = StartupCompiler.hold();
        assertThat(compiler).as("this JVM (HotSpot with jdk.management) takes compiler directives").isNotNull();
        try {
            assertThat(compiler.directives()).contains("c2").containsPattern("(?i)exclude:?\\s*true");
        } finally {
            compiler.release();
        }
        assertThat(compiler.directives()).doesNotContainPattern("(?i)exclude:?\\s*true");
    }
}
