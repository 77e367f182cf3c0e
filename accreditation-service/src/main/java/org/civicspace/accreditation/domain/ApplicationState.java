package org.civicspace.accreditation.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of an application and, in {@link #allowedNext()}, the only transitions between them: the whole
 * lifecycle in one place.
 *
 * <pre>
 * draft → submitted → screening ⇄ clarification-requested
 *                     screening → before-committee → questions-raised → deferred → before-committee …
 *                                 before-committee | questions-raised → recommended → granted | rejected
 * rejected → reconsideration-requested (once) → before-committee
 * any state before a decision → withdrawn (by the applicant)
 * </pre>
 */
public enum ApplicationState {
    DRAFT("draft"),
    SUBMITTED("submitted"),
    SCREENING("screening"),
    CLARIFICATION_REQUESTED("clarification-requested"),
    BEFORE_COMMITTEE("before-committee"),
    QUESTIONS_RAISED("questions-raised"),
    DEFERRED("deferred"),
    RECOMMENDED("recommended"),
    GRANTED("granted"),
    REJECTED("rejected"),
    RECONSIDERATION_REQUESTED("reconsideration-requested"),
    WITHDRAWN("withdrawn");

    private static final Map<ApplicationState, Set<ApplicationState>> NEXT = Map.ofEntries(
            Map.entry(DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN)),
            Map.entry(SUBMITTED, EnumSet.of(SCREENING, WITHDRAWN)),
            Map.entry(SCREENING, EnumSet.of(CLARIFICATION_REQUESTED, BEFORE_COMMITTEE, REJECTED, WITHDRAWN)),
            Map.entry(CLARIFICATION_REQUESTED, EnumSet.of(SCREENING, WITHDRAWN)),
            Map.entry(BEFORE_COMMITTEE, EnumSet.of(QUESTIONS_RAISED, DEFERRED, RECOMMENDED, REJECTED, WITHDRAWN)),
            Map.entry(QUESTIONS_RAISED, EnumSet.of(QUESTIONS_RAISED, DEFERRED, RECOMMENDED, REJECTED, WITHDRAWN)),
            Map.entry(DEFERRED, EnumSet.of(BEFORE_COMMITTEE, WITHDRAWN)),
            Map.entry(RECOMMENDED, EnumSet.of(GRANTED, REJECTED, WITHDRAWN)),
            Map.entry(GRANTED, EnumSet.noneOf(ApplicationState.class)),
            Map.entry(REJECTED, EnumSet.of(RECONSIDERATION_REQUESTED)),
            Map.entry(RECONSIDERATION_REQUESTED, EnumSet.of(BEFORE_COMMITTEE, WITHDRAWN)),
            Map.entry(WITHDRAWN, EnumSet.noneOf(ApplicationState.class)));

    private final String code;

    ApplicationState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Set<ApplicationState> allowedNext() {
        return NEXT.get(this);
    }

    public boolean mayMoveTo(ApplicationState next) {
        return allowedNext().contains(next);
    }

    /** Granted, rejected or withdrawn: the application no longer blocks a new one on the same track. */
    public boolean isClosed() {
        return this == GRANTED || this == REJECTED || this == WITHDRAWN;
    }

    /** On a committee's table: members may see it and ask questions. */
    public boolean isBeforeCommittee() {
        return this == BEFORE_COMMITTEE || this == QUESTIONS_RAISED;
    }

    @Override
    public String toString() {
        return code;
    }

    public static ApplicationState fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown application state " + code));
    }
}
