package org.civicspace.notifications.preference.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.civicspace.notifications.notice.domain.NoticeKind;
import org.civicspace.platform.domain.Outcome;
import org.civicspace.platform.domain.Refusal;

/**
 * How one person wants to hear by e-mail: in which language, and which kinds of notice they turned off. The in-app
 * inbox is not a preference: every notice stays there. Someone who chose nothing gets every kind in English.
 */
public record NotificationPreferences(Language language, Set<NoticeKind> emailOff) {

    public NotificationPreferences {
        Objects.requireNonNull(language, "a language");
        emailOff = emailOff.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(emailOff));
    }

    /** Everything by e-mail, in the fallback language. */
    public static NotificationPreferences defaults() {
        return new NotificationPreferences(Language.FALLBACK, Set.of());
    }

    /** Whether this person gets {@code kind} by e-mail: always for a mandatory kind, else unless they turned it off. */
    public boolean wantsEmail(NoticeKind kind) {
        return MandatoryNotices.isMandatory(kind) || !emailOff.contains(kind);
    }

    /** For each kind that is mailed: whether this person gets it by e-mail. */
    public List<EmailChoice> choices() {
        return MandatoryNotices.mailedKinds().stream().map(kind -> new EmailChoice(kind, wantsEmail(kind))).toList();
    }

    /**
     * The preferences a person asks for: {@code language}, and e-mail off for the kinds {@code choices} turn off (a
     * kind left out gets e-mail). Refused, naming the choice, when it turns a mandatory kind off, speaks of a kind
     * that is never mailed, or speaks of a kind twice.
     */
    public static Outcome<NotificationPreferences> choose(Language language, List<EmailChoice> choices) {
        if (language == null) {
            return Outcome.refused(new Refusal.Invalid("language", "must be one of the six UN languages"));
        }
        Set<NoticeKind> seen = EnumSet.noneOf(NoticeKind.class);
        List<NoticeKind> off = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            EmailChoice choice = choices.get(i);
            String field = "kinds[" + i + "]";
            if (!choice.kind().mailed()) {
                return Outcome.refused(new Refusal.Invalid(field + ".kind",
                        choice.kind().code() + " is never sent by e-mail, there is nothing to choose"));
            }
            if (!seen.add(choice.kind())) {
                return Outcome.refused(new Refusal.Invalid(field + ".kind",
                        choice.kind().code() + " is chosen more than once"));
            }
            if (!choice.email() && MandatoryNotices.isMandatory(choice.kind())) {
                return Outcome.refused(new Refusal.Invalid(field + ".email",
                        choice.kind().code() + " is mandatory and cannot be turned off"));
            }
            if (!choice.email()) {
                off.add(choice.kind());
            }
        }
        return Outcome.done(new NotificationPreferences(language, off.isEmpty() ? Set.of() : EnumSet.copyOf(off)));
    }
}
