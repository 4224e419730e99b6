package dev.mlsd.composer.core.io;

import java.util.Optional;

/** Looks up a template's full source by id, for upgrading project files that only name their template. */
@FunctionalInterface
public interface TemplateSources {

    Optional<String> sourceOf(String templateId);
}
