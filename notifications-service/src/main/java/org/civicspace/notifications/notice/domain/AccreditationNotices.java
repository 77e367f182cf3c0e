package org.civicspace.notifications.notice.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who hears what of an accreditation application and of grounds passes: the applying organisation hears every move
 * the Committee or DGC makes on its application (a question and the day its answer is due, a deferral, a rejection),
 * never its own (submitted, withdrawn); the organisation hears of each grounds pass issued to or revoked from one of
 * its representatives.
 */
public final class AccreditationNotices {

    /** What happened to an application, as its producer names it. */
    public enum ApplicationFact { SUBMITTED, QUESTION_RAISED, DEFERRED, REJECTED, WITHDRAWN }

    private AccreditationNotices() {
    }

    /**
     * The notice of an application's step, if the organisation must hear of it; {@code responseDue}, the day a
     * committee question must be answered by, is shown when the event gave it.
     */
    public static Optional<Notice> onApplication(ApplicationFact fact, UUID applicationId, UUID organizationId,
            String track, int deferralCount, Optional<LocalDate> responseDue) {
        NoticeKind kind = switch (fact) {
            case QUESTION_RAISED -> NoticeKind.APPLICATION_QUESTION_RAISED;
            case DEFERRED -> NoticeKind.APPLICATION_DEFERRED;
            case REJECTED -> NoticeKind.APPLICATION_REJECTED;
            // the organisation's own acts: it knows
            case SUBMITTED, WITHDRAWN -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        Map<String, Object> facts = new HashMap<>(Map.of("applicationId", applicationId, "track",
                track.toUpperCase(Locale.ROOT), "deferralCount", deferralCount));
        if (kind == NoticeKind.APPLICATION_QUESTION_RAISED) {
            responseDue.ifPresent(due -> facts.put("responseDue", due));
        }
        return Optional.of(new Notice(kind, new Audience.Organization(organizationId), applicationId, facts,
                "/api/v1/accreditation/applications/" + applicationId));
    }

    public static Notice onGroundsPass(boolean issued, UUID designationId, UUID organizationId, int year,
            String dutyStation, String passKind, LocalDate validFrom, LocalDate validTo) {
        return new Notice(issued ? NoticeKind.GROUNDS_PASS_ISSUED : NoticeKind.GROUNDS_PASS_REVOKED,
                new Audience.Organization(organizationId), designationId,
                Map.of("designationId", designationId, "year", year, "dutyStation", dutyStation, "passKind", passKind,
                        "validFrom", validFrom, "validTo", validTo),
                "/api/v1/accreditation/organizations/" + organizationId + "/designations");
    }
}
