package org.civicspace.notifications.preference.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.civicspace.notifications.notice.domain.NoticeKind;
import org.civicspace.platform.domain.Outcome;
import org.civicspace.platform.domain.Refusal;
import org.junit.jupiter.api.Test;

class NotificationPreferencesTest {

    @Test
    void someoneWhoChoseNothingGetsEveryKindInEnglish() {
        NotificationPreferences defaults = NotificationPreferences.defaults();

        assertThat(defaults.language()).isEqualTo(Language.EN);
        assertThat(defaults.choices()).hasSameSizeAs(MandatoryNotices.mailedKinds()).allMatch(EmailChoice::email);
    }

    @Test
    void aKindTurnedOffIsNotMailedAndAKindLeftOutIs() {
        NotificationPreferences chosen = NotificationPreferences.choose(Language.FR,
                List.of(new EmailChoice(NoticeKind.REGISTRATION_WAITLISTED, false),
                        new EmailChoice(NoticeKind.PROPOSAL_ACCEPTED, true))).orThrow();

        assertThat(chosen.language()).isEqualTo(Language.FR);
        assertThat(chosen.wantsEmail(NoticeKind.REGISTRATION_WAITLISTED)).isFalse();
        assertThat(chosen.wantsEmail(NoticeKind.PROPOSAL_ACCEPTED)).isTrue();
        assertThat(chosen.wantsEmail(NoticeKind.REGISTRATION_CONFIRMED)).isTrue();
    }

    @Test
    void refusesToTurnOffAMandatoryKindNamingIt() {
        Outcome<NotificationPreferences> outcome = NotificationPreferences.choose(Language.EN,
                List.of(new EmailChoice(NoticeKind.PROPOSAL_ACCEPTED, false),
                        new EmailChoice(NoticeKind.APPLICATION_QUESTION_RAISED, false)));

        assertThat(outcome).isEqualTo(Outcome.refused(new Refusal.Invalid("kinds[1].email",
                "application-question-raised is mandatory and cannot be turned off")));
    }

    @Test
    void aMandatoryKindIsMailedEvenIfStoredOff() {
        NotificationPreferences stored = new NotificationPreferences(Language.EN,
                java.util.Set.of(NoticeKind.APPLICATION_REJECTED));

        assertThat(stored.wantsEmail(NoticeKind.APPLICATION_REJECTED)).isTrue();
    }

    @Test
    void refusesAKindThatIsNeverMailedAndAKindChosenTwice() {
        assertThat(NotificationPreferences.choose(Language.EN,
                List.of(new EmailChoice(NoticeKind.CASE_FIRST_RESPONSE_OVERDUE, true))))
                .isEqualTo(Outcome.refused(new Refusal.Invalid("kinds[0].kind",
                        "case-first-response-overdue is never sent by e-mail, there is nothing to choose")));
        assertThat(NotificationPreferences.choose(Language.EN,
                List.of(new EmailChoice(NoticeKind.PROPOSAL_ACCEPTED, true),
                        new EmailChoice(NoticeKind.PROPOSAL_ACCEPTED, false))))
                .isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void speaksTheSixUnLanguagesByTheirCodes() {
        assertThat(List.of(Language.values()).stream().map(Language::code)).containsExactly("ar", "zh", "en", "fr",
                "ru", "es");
        assertThat(Language.fromCode("zh")).isEqualTo(Language.ZH);
    }
}
