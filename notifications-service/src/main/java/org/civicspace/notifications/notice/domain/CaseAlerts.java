package org.civicspace.notifications.notice.domain;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who hears of a reprisal case: only those whose need-to-know covers every case, the OHCHR supervisors, and only
 * that a first response is overdue. The alert carries the case's id as its reference and the path to open it, and
 * nothing else the event holds (country, kind of act, risk): in a small country those could point to a person. The
 * case events do not name the assigned officers, so they cannot be told.
 */
public final class CaseAlerts {

    /** The realm role of OHCHR supervisors, who read every case. */
    public static final String SUPERVISORS = "ohchr-supervisor";

    /** What happened to a case, as its producer names it. */
    public enum CaseFact { REPORTED, RISK_ASSESSED, STATUS_CHANGED, FIRST_RESPONSE_OVERDUE }

    private CaseAlerts() {
    }

    public static Optional<Notice> onCase(CaseFact fact, UUID caseId) {
        if (fact != CaseFact.FIRST_RESPONSE_OVERDUE) {
            return Optional.empty();
        }
        return Optional.of(new Notice(NoticeKind.CASE_FIRST_RESPONSE_OVERDUE, new Audience.RoleHolders(SUPERVISORS),
                caseId, Map.of("caseId", caseId), "/api/v1/reprisals/cases/" + caseId));
    }
}
