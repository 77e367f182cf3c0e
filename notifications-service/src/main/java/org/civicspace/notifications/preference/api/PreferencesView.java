package org.civicspace.notifications.preference.api;

import java.util.List;

import org.civicspace.notifications.notice.domain.NoticeKind;
import org.civicspace.notifications.preference.domain.Language;
import org.civicspace.notifications.preference.domain.MandatoryNotices;
import org.civicspace.notifications.preference.domain.NotificationPreferences;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's notification preferences: their language, and per kind that is mailed whether they get it. */
@Schema(name = "NotificationPreferences", description = "How I hear by e-mail. Every notice also stays in my in-app "
        + "inbox, whatever I choose here.")
public record PreferencesView(
        @Schema(description = "The language my e-mail is written in, where its texts exist (else English)",
                examples = "fr") Language language,
        @Schema(description = "Each kind of notice that leaves by e-mail") List<KindView> kinds) {

    /** One kind of notice: whether I get it by e-mail, and whether I may turn that off. */
    @Schema(name = "NotificationKindPreference")
    public record KindView(
            @Schema(description = "The kind of notice") NoticeKind kind,
            @Schema(description = "Whether I get it by e-mail") boolean email,
            @Schema(description = "Whether everyone gets it by e-mail: true means it cannot be turned off")
            boolean mandatory) {
    }

    static PreferencesView of(NotificationPreferences preferences) {
        return new PreferencesView(preferences.language(), preferences.choices().stream()
                .map(c -> new KindView(c.kind(), c.email(), MandatoryNotices.isMandatory(c.kind()))).toList());
    }
}
