package dev.mlsd.composer.core.tokens;

/** The tokenizers the app counts for: the names are those of the {@code stats} JSON. */
public enum TokenEncoding {
    O200K_BASE("o200k_base"), CL100K_BASE("cl100k_base");

    private final String id;

    TokenEncoding(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
