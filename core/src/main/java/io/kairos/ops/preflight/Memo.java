package io.kairos.ops.preflight;

import java.util.Optional;
import java.util.function.Supplier;

/** A value made once, on first use; a failure to make it is kept and thrown again at every use. */
final class Memo<T> {

    private final Supplier<T> make;
    private boolean tried;
    private T value;
    private RuntimeException failure;

    Memo(Supplier<T> make) {
        this.make = make;
    }

    T get() {
        if (!tried) {
            tried = true;
            try {
                value = make.get();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return value;
    }

    /** The value when it was made, without making it. */
    Optional<T> made() {
        return tried && failure == null ? Optional.ofNullable(value) : Optional.empty();
    }
}
