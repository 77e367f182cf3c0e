package org.civicspace.platform.domain;

import java.util.Collection;
import java.util.Map;

/**
 * A {@link Refusal} thrown from deep inside a use case, where returning an {@link Outcome} would thread it through
 * every caller. Carries no stack trace: it is an outcome, not a fault. The factories name the common refusals.
 */
public final class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    public Refused(Refusal refusal) {
        super(refusal.toString(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    public static Refused notFound(String what, Object id) {
        return new Refused(new Refusal.NotFound(what, id));
    }

    public static Refused invalid(String field, String message) {
        return new Refused(new Refusal.Invalid(field, message));
    }

    public static Refused illegalTransition(Object from, Object to, Collection<?> allowed) {
        return new Refused(new Refusal.IllegalTransition(from, to, allowed));
    }

    public static Refused forbidden(String detail) {
        return new Refused(new Refusal.Forbidden(detail));
    }

    public static Refused forbidden(String rule, String title, String detail) {
        return forbidden(rule, title, detail, Map.of());
    }

    public static Refused forbidden(String rule, String title, String detail, Map<String, Object> facts) {
        return new Refused(new Refusal.Forbidden(rule, title, detail, facts));
    }

    public static Refused conflict(String detail) {
        return new Refused(new Refusal.Conflict(detail));
    }

    public static Refused conflict(String rule, String title, String detail) {
        return conflict(rule, title, detail, Map.of());
    }

    public static Refused conflict(String rule, String title, String detail, Map<String, Object> facts) {
        return new Refused(new Refusal.Conflict(rule, title, detail, facts));
    }

    public static Refused unprocessable(String rule, String title, String detail) {
        return new Refused(new Refusal.Unprocessable(rule, title, detail));
    }
}
