package org.civicspace.notifications.preference.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicspace.notifications.notice.domain.NoticeKind;
import org.civicspace.notifications.preference.domain.EmailChoice;
import org.civicspace.notifications.preference.domain.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's new preferences, replacing the old: a kind left out of {@code kinds} gets e-mail. */
@Schema(name = "NotificationPreferencesChange")
public record PreferencesRequest(
        @Schema(description = "One of the six UN languages", examples = "fr", required = true)
        @NotNull Language language,
        @Schema(description = "My choice per kind; a kind left out gets e-mail, a mandatory kind cannot be turned off",
                required = true)
        @NotNull @Size(max = 100) List<@NotNull @Valid KindChoice> kinds) {

    /** Whether I want one kind of notice by e-mail. */
    @Schema(name = "NotificationKindChoice")
    public record KindChoice(
            @Schema(required = true) @NotNull NoticeKind kind,
            @Schema(description = "false to stop getting it by e-mail", required = true) @NotNull Boolean email) {
    }

    List<EmailChoice> choices() {
        return kinds.stream().map(k -> new EmailChoice(k.kind(), k.email())).toList();
    }
}
