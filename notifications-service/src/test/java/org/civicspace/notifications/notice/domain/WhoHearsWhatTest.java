package org.civicspace.notifications.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.civicspace.notifications.notice.domain.AccreditationNotices.ApplicationFact;
import org.civicspace.notifications.notice.domain.CaseAlerts.CaseFact;
import org.civicspace.notifications.notice.domain.EventNotices.RegistrationFact;
import org.junit.jupiter.api.Test;

/** The policies that decide who must hear what, fact by fact. */
class WhoHearsWhatTest {

    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final UUID APPLICATION = UUID.randomUUID();

    @Test
    void tellsTheApplyingOrganisationOfAQuestionADeferralAndARejection() {
        for (ApplicationFact fact : new ApplicationFact[] { ApplicationFact.QUESTION_RAISED, ApplicationFact.DEFERRED,
                ApplicationFact.REJECTED }) {
            Notice notice = AccreditationNotices.onApplication(fact, APPLICATION, ORGANIZATION, "ecosoc", 1, Optional.empty())
                    .orElseThrow();
            assertThat(notice.audience()).isEqualTo(new Audience.Organization(ORGANIZATION));
            assertThat(notice.path()).isEqualTo("/api/v1/accreditation/applications/" + APPLICATION);
            assertThat(notice.facts()).containsEntry("track", "ECOSOC");
        }
        assertThat(AccreditationNotices.onApplication(ApplicationFact.QUESTION_RAISED, APPLICATION, ORGANIZATION,
                "dgc", 0, Optional.empty()).orElseThrow().kind()).isEqualTo(NoticeKind.APPLICATION_QUESTION_RAISED);
    }

    @Test
    void tellsTheOrganisationByWhenToAnswerAQuestionWhenTheEventSays() {
        LocalDate due = LocalDate.of(2027, 3, 15);
        assertThat(AccreditationNotices.onApplication(ApplicationFact.QUESTION_RAISED, APPLICATION, ORGANIZATION,
                "dgc", 0, Optional.of(due)).orElseThrow().facts()).containsEntry("responseDue", due);
        assertThat(AccreditationNotices.onApplication(ApplicationFact.QUESTION_RAISED, APPLICATION, ORGANIZATION,
                "dgc", 0, Optional.empty()).orElseThrow().facts()).doesNotContainKey("responseDue");
        assertThat(AccreditationNotices.onApplication(ApplicationFact.DEFERRED, APPLICATION, ORGANIZATION,
                "dgc", 1, Optional.of(due)).orElseThrow().facts()).doesNotContainKey("responseDue");
    }

    @Test
    void tellsNobodyOfWhatTheOrganisationDidItself() {
        assertThat(AccreditationNotices.onApplication(ApplicationFact.SUBMITTED, APPLICATION, ORGANIZATION, "dgc", 0,
                Optional.empty()))
                .isEmpty();
        assertThat(AccreditationNotices.onApplication(ApplicationFact.WITHDRAWN, APPLICATION, ORGANIZATION, "dgc", 0,
                Optional.empty()))
                .isEmpty();
    }

    @Test
    void tellsTheOrganisationOfEachGroundsPassIssuedOrRevoked() {
        UUID pass = UUID.randomUUID();
        Notice issued = AccreditationNotices.onGroundsPass(true, pass, ORGANIZATION, 2027, "geneva", "youth",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        assertThat(issued.kind()).isEqualTo(NoticeKind.GROUNDS_PASS_ISSUED);
        assertThat(issued.audience()).isEqualTo(new Audience.Organization(ORGANIZATION));
        assertThat(AccreditationNotices.onGroundsPass(false, pass, ORGANIZATION, 2027, "geneva", "youth",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)).kind())
                .isEqualTo(NoticeKind.GROUNDS_PASS_REVOKED);
    }

    @Test
    void tellsTheRegisteringOrganisationWhereItsRegistrationStandsButNotOfAttendance() {
        UUID event = UUID.randomUUID();
        assertThat(EventNotices.onRegistration(RegistrationFact.PROMOTED, UUID.randomUUID(), event, ORGANIZATION)
                .orElseThrow()).satisfies(notice -> {
                    assertThat(notice.kind()).isEqualTo(NoticeKind.REGISTRATION_PROMOTED);
                    assertThat(notice.audience()).isEqualTo(new Audience.Organization(ORGANIZATION));
                    assertThat(notice.path()).isEqualTo("/api/v1/events/events/" + event);
                });
        assertThat(EventNotices.onRegistration(RegistrationFact.ATTENDANCE_RECORDED, UUID.randomUUID(), event,
                ORGANIZATION)).isEmpty();
    }

    @Test
    void tellsTheProposingOrganisationOfAnAcceptedProposal() {
        Notice notice = EventNotices.onProposalAccepted(UUID.randomUUID(), ORGANIZATION, UUID.randomUUID());
        assertThat(notice.kind()).isEqualTo(NoticeKind.PROPOSAL_ACCEPTED);
        assertThat(notice.audience()).isEqualTo(new Audience.Organization(ORGANIZATION));
    }

    @Test
    void alertsTheAssignedOfficersAndTheSupervisorsOfAnOverdueFirstResponseWithTheCaseReferenceAloneAndNeverByEmail() {
        UUID caseId = UUID.randomUUID();
        List<Notice> alerts = CaseAlerts.onCase(CaseFact.FIRST_RESPONSE_OVERDUE, caseId,
                List.of("case-officer", "case-officer-2", "case-officer"));
        assertThat(alerts).extracting(Notice::audience).containsExactly(new Audience.Person("case-officer"),
                new Audience.Person("case-officer-2"), new Audience.RoleHolders("ohchr-supervisor"));
        assertThat(alerts).allSatisfy(alert -> {
            assertThat(alert.kind()).isEqualTo(NoticeKind.CASE_FIRST_RESPONSE_OVERDUE);
            assertThat(alert.facts()).containsOnlyKeys("caseId");
            assertThat(alert.path()).isEqualTo("/api/v1/reprisals/cases/" + caseId);
            assertThat(alert.kind().mailed()).isFalse();
        });
        for (CaseFact other : new CaseFact[] { CaseFact.REPORTED, CaseFact.RISK_ASSESSED, CaseFact.STATUS_CHANGED }) {
            assertThat(CaseAlerts.onCase(other, caseId, List.of("case-officer"))).isEmpty();
        }
    }

    @Test
    void alertsTheSupervisorsAloneWhenTheEventNamesNoOfficer() {
        assertThat(CaseAlerts.onCase(CaseFact.FIRST_RESPONSE_OVERDUE, UUID.randomUUID(), List.of()))
                .extracting(Notice::audience).containsExactly(new Audience.RoleHolders("ohchr-supervisor"));
    }

    @Test
    void readsAnAudienceBackFromItsStoredForm() {
        for (Audience audience : new Audience[] { new Audience.Person("case-officer"),
                new Audience.Organization(ORGANIZATION), new Audience.RoleHolders("ohchr-supervisor") }) {
            assertThat(Audience.of(audience.type(), audience.key())).isEqualTo(audience);
        }
    }
}
