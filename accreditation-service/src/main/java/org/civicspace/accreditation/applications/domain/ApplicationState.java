package org.civicspace.accreditation.applications.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

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
    DRAFT,
    SUBMITTED,
    SCREENING,
    CLARIFICATION_REQUESTED,
    BEFORE_COMMITTEE,
    QUESTIONS_RAISED,
    DEFERRED,
    RECOMMENDED,
    GRANTED,
    REJECTED,
    RECONSIDERATION_REQUESTED,
    WITHDRAWN;

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

    /** {@code draft}, {@code questions-raised}, ...: on the wire and in the database. */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static ApplicationState fromCode(String code) {
        return WireCodes.parse(ApplicationState.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
