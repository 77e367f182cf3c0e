package org.civicspace.notifications.preference.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.civicspace.notifications.notice.domain.NoticeKind;

/**
 * The notices a person may not turn off by e-mail: those that carry a deadline or change what an organisation or a
 * person may do, where missing the e-mail costs more than receiving it. A committee question has to be answered
 * before the Committee's session; a deferral and a rejection end or postpone an application; a revoked grounds pass
 * stops someone at the gate; a cancelled registration means a trip not to make. The others (a pass issued, a
 * registration confirmed, waitlisted or promoted, a proposal accepted) are good news or an interim state that the
 * in-app inbox is enough for. A kind that is never mailed is neither mandatory nor optional: there is no e-mail to
 * choose.
 */
public final class MandatoryNotices {

    private static final Set<NoticeKind> MANDATORY = EnumSet.of(NoticeKind.APPLICATION_QUESTION_RAISED,
            NoticeKind.APPLICATION_DEFERRED, NoticeKind.APPLICATION_REJECTED, NoticeKind.GROUNDS_PASS_REVOKED,
            NoticeKind.REGISTRATION_CANCELLED);

    private MandatoryNotices() {
    }

    /** Whether everyone it is addressed to gets {@code kind} by e-mail, whatever they chose. */
    public static boolean isMandatory(NoticeKind kind) {
        return kind.mailed() && MANDATORY.contains(kind);
    }

    /** Whether a person may choose not to get {@code kind} by e-mail. */
    public static boolean mayTurnOff(NoticeKind kind) {
        return kind.mailed() && !MANDATORY.contains(kind);
    }

    /** The kinds that leave by e-mail, in their declared order: those a preference speaks of. */
    public static List<NoticeKind> mailedKinds() {
        return Arrays.stream(NoticeKind.values()).filter(NoticeKind::mailed).toList();
    }
}
