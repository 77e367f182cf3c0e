package org.civicspace.notifications.preference.domain;

import org.civicspace.notifications.notice.domain.NoticeKind;

/** Whether a person wants one kind of notice by e-mail. */
public record EmailChoice(NoticeKind kind, boolean email) {
}
