package dev.mlsd.composer.core.model;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value worked out on first use and kept: how a version read from a file holds texts it has not
 * needed yet (a long history opens without rebuilding every version). Safe to share between threads.
 */
final class Memo<T> implements Supplier<T> {

    private final Supplier<? extends T> source;
    private volatile T value;

    private Memo(Supplier<? extends T> source, T value) {
        this.source = source;
        this.value = value;
    }

    static <T> Memo<T> of(Supplier<? extends T> source) {
        return source instanceof Memo<?> ? cast(source) : new Memo<>(Objects.requireNonNull(source, "source"), null);
    }

    static <T> Memo<T> known(T value) {
        return new Memo<>(null, Objects.requireNonNull(value, "value"));
    }

    @Override
    public T get() {
        T known = value;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (value == null) {
                value = Objects.requireNonNull(source.get(), "a stored value");
            }
            return value;
        }
    }

    /** What gives the value (null when it was given). */
    Supplier<? extends T> source() {
        return source;
    }

    /** True when the value has been worked out (or was given). */
    boolean isKnown() {
        return value != null;
    }

    @SuppressWarnings("unchecked")
    private static <T> Memo<T> cast(Supplier<? extends T> memo) {
        return (Memo<T>) memo;
    }
}
