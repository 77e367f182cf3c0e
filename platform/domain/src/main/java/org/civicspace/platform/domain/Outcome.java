package org.civicspace.platform.domain;

/** The result of an operation that may be refused for a business reason: the value, or the {@link Refusal}. */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(Refusal refusal) implements Outcome<T> {
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    /** The value, or the refusal thrown as {@link org.civicspace.platform.domain.Refused}. */
    default T orThrow() {
        if (this instanceof Done<T> done) {
            return done.value();
        }
        throw new org.civicspace.platform.domain.Refused(((Refused<T>) this).refusal());
    }
}
