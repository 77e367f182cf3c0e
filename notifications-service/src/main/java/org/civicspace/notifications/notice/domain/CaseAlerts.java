package org.civicspace.notifications.notice.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who hears of a reprisal case: only those whose need-to-know covers it, the officers assigned to it (named by the
 * event, by username) and the OHCHR supervisors, who read every case; and only that a first response is overdue. The
 * alert carries the case's id as its reference and the path to open it, and nothing else the event holds (country,
 * kind of act, risk): in a small country those could point to a person. It stays in-app ({@link NoticeKind}).
 */
public final class CaseAlerts {

    /** The realm role of OHCHR supervisors, who read every case. */
    public static final String SUPERVISORS = "ohchr-supervisor";

    /** What happened to a case, as its producer names it. */
    public enum CaseFact { REPORTED, RISK_ASSESSED, STATUS_CHANGED, FIRST_RESPONSE_OVERDUE }

    private CaseAlerts() {
    }

    /**
     * The alerts a case's fact gives: none but for an overdue first response, which alerts each assigned officer
     * (once, however often the event names them) and the supervisors, all with the same text.
     */
    public static List<Notice> onCase(CaseFact fact, UUID caseId, List<String> assignedOfficers) {
        if (fact != CaseFact.FIRST_RESPONSE_OVERDUE) {
            return List.of();
        }
        List<Audience> audiences = new ArrayList<>();
        new LinkedHashSet<>(assignedOfficers).forEach(officer -> audiences.add(new Audience.Person(officer)));
        audiences.add(new Audience.RoleHolders(SUPERVISORS));
        return audiences.stream().map(audience -> new Notice(NoticeKind.CASE_FIRST_RESPONSE_OVERDUE, audience, caseId,
                Map.of("caseId", caseId), "/api/v1/reprisals/cases/" + caseId)).toList();
    }
}
