package org.civicspace.reprisals.casefile.domain;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

import org.civicspace.platform.web.json.WireCodes;

/**
 * The lifecycle of a case, with every allowed transition in one place: reported, assessed, active protection,
 * monitoring, closed; a closed case can be reopened, and goes back to assessment.
 */
public enum CaseStatus {
    REPORTED,
    ASSESSED,
    ACTIVE_PROTECTION,
    MONITORING,
    CLOSED;

    /** {@code reported}, {@code active-protection}, ... */
    @JsonValue
    public String code() {
        return WireCodes.of(this);
    }

    public static CaseStatus fromCode(String code) {
        return WireCodes.parse(CaseStatus.class, code);
    }

    /** The states that may follow this one. */
    public Set<CaseStatus> allowedNext() {
        return switch (this) {
            case REPORTED -> EnumSet.of(ASSESSED, CLOSED);
            case ASSESSED -> EnumSet.of(ACTIVE_PROTECTION, MONITORING, CLOSED);
            case ACTIVE_PROTECTION -> EnumSet.of(MONITORING, CLOSED);
            case MONITORING -> EnumSet.of(ACTIVE_PROTECTION, CLOSED);
            case CLOSED -> EnumSet.of(ASSESSED);
        };
    }

    public boolean mayBecome(CaseStatus next) {
        return allowedNext().contains(next);
    }

    /** The coarse status a person following up through the secure intake may see, and nothing finer. */
    public PublicStatus publicStatus() {
        return switch (this) {
            case REPORTED -> PublicStatus.RECEIVED;
            case ASSESSED, ACTIVE_PROTECTION, MONITORING -> PublicStatus.IN_PROGRESS;
            case CLOSED -> PublicStatus.CLOSED;
        };
    }
}
