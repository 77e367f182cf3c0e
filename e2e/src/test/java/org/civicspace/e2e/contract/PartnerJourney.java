package org.civicspace.e2e.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.civicspace.client.ApiClient;
import org.civicspace.client.ApiException;
import org.civicspace.client.ApiResponse;
import org.civicspace.client.api.AccreditationsApi;
import org.civicspace.client.api.ApplicationsApi;
import org.civicspace.client.api.CallerApi;
import org.civicspace.client.api.CasesApi;
import org.civicspace.client.api.CommitteeSessionsApi;
import org.civicspace.client.api.EventsApi;
import org.civicspace.client.api.FeedsApi;
import org.civicspace.client.api.GroundsPassesApi;
import org.civicspace.client.api.OrganizationsApi;
import org.civicspace.client.api.RegistrationApi;
import org.civicspace.client.api.RepresentativesApi;
import org.civicspace.client.api.StatisticsApi;
import org.civicspace.client.api.TransparencyApi;
import org.civicspace.client.model.AccreditationSummary;
import org.civicspace.client.model.Act;
import org.civicspace.client.model.ActType;
import org.civicspace.client.model.AgendaPlacement;
import org.civicspace.client.model.Application;
import org.civicspace.client.model.ApplicationDecision;
import org.civicspace.client.model.ApplicationDeclarationsInput;
import org.civicspace.client.model.ApplicationState;
import org.civicspace.client.model.CaseCreated;
import org.civicspace.client.model.CaseReport;
import org.civicspace.client.model.CommitteeQuestion;
import org.civicspace.client.model.CommitteeRecommendation;
import org.civicspace.client.model.CommitteeSession;
import org.civicspace.client.model.ConsentChannel;
import org.civicspace.client.model.ConsentGiven;
import org.civicspace.client.model.ConsentGiver;
import org.civicspace.client.model.ConsentScope;
import org.civicspace.client.model.CurrentCaller;
import org.civicspace.client.model.DecisionOutcome;
import org.civicspace.client.model.DesignationRequest;
import org.civicspace.client.model.Engagement;
import org.civicspace.client.model.Event;
import org.civicspace.client.model.EventCancellation;
import org.civicspace.client.model.EventDetails;
import org.civicspace.client.model.EventKind;
import org.civicspace.client.model.EventRegistration;
import org.civicspace.client.model.EventRegistrationPage;
import org.civicspace.client.model.ModelCase;
import org.civicspace.client.model.NewApplication;
import org.civicspace.client.model.NewCommitteeSession;
import org.civicspace.client.model.Organization;
import org.civicspace.client.model.OrganizationPage;
import org.civicspace.client.model.OrganizationProfile;
import org.civicspace.client.model.OrganizationRegistration;
import org.civicspace.client.model.OrganizationStatus;
import org.civicspace.client.model.OrganizationStatusChange;
import org.civicspace.client.model.OrganizationType;
import org.civicspace.client.model.PassKind;
import org.civicspace.client.model.PerpetratorCategory;
import org.civicspace.client.model.Problem;
import org.civicspace.client.model.QuestionAnswer;
import org.civicspace.client.model.RegistrationRequest;
import org.civicspace.client.model.RegistrationStatus;
import org.civicspace.client.model.Representative;
import org.civicspace.client.model.RepresentativeInput;
import org.civicspace.client.model.RepresentativeRole;
import org.civicspace.client.model.SearchOrder;
import org.civicspace.client.model.Theme;
import org.civicspace.client.model.Track;
import org.civicspace.client.model.UnMechanism;
import org.civicspace.client.model.VenueMode;
import org.civicspace.client.model.Victim;
import org.civicspace.client.model.VictimKind;

/**
 * The main journey of the API, as a partner's developer writes it with the generated client and nothing else: who am
 * I, search and page, register and activate an organisation (with its ETag), a DGC association from draft through
 * the committee to the decision, grounds passes with the youth rule, an event with a waiting list, a reprisal case,
 * statistics and feeds. Refusals are read as the generated {@link Problem}.
 */
final class PartnerJourney {

    private static final Duration KAFKA = Duration.ofSeconds(60);

    private final PartnerClients clients;
    private final ApiClient officer;
    private final ApiClient committee;
    private final ApiClient caseOfficer;
    private final ApiClient anonymous;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    PartnerJourney(PartnerClients clients) {
        this.clients = clients;
        this.officer = clients.user("dgc-officer");
        this.committee = clients.user("committee-member");
        this.caseOfficer = clients.user("case-officer");
        this.anonymous = clients.anonymous();
    }

    void run() throws Exception {
        whoAmI();
        UUID organization = registerAndActivate();
        searchAndPage(organization);
        associate(organization);
        List<UUID> representatives = designateGroundsPasses(organization);
        fillAnEventAndItsWaitingList(representatives);
        openAReprisalCase();
        readStatisticsAndFeeds();
    }

    private void whoAmI() throws ApiException {
        CurrentCaller representative = new CallerApi(clients.user("cso-rep")).getCurrentCaller();
        assertThat(representative.getRoles()).contains("cso-representative");
        assertThat(representative.getOrganizationId()).isNotNull();
        assertThat(new CallerApi(committee).getCurrentCaller().getMemberState()).isEqualTo("CU");
        CurrentCaller partner = new CallerApi(clients.partner("partner-demo-agency",
                "partner-demo-agency-local-secret")).getCurrentCaller();
        assertThat(partner.getKind()).isEqualTo(CurrentCaller.KindEnum.CLIENT);
        assertThat(partner.getRoles()).containsExactlyInAnyOrder("dashboard-reader", "webhook-subscriber");
    }

    private UUID registerAndActivate() throws ApiException {
        OrganizationsApi organizations = new OrganizationsApi(officer);
        OrganizationProfile profile = new OrganizationProfile().legalName("Contract Journey Literacy Trust " + suffix)
                .type(OrganizationType.NATIONAL_NGO).headquartersCountry("GH").countriesOfOperation(List.of("GH"))
                .themes(List.of(Theme.SDG_4)).workingLanguages(List.of("en")).website("https://example.org");
        ApiResponse<OrganizationRegistration> registered = organizations.registerOrganizationWithHttpInfo(profile);
        assertThat(registered.getStatusCode()).isEqualTo(201);
        Organization created = registered.getData().getOrganization();
        assertThat(created.getStatus()).isEqualTo(OrganizationStatus.PENDING);
        assertThat(header(registered, "Location")).endsWith("/api/v1/registry/organizations/" + created.getId());
        String etag = header(registered, "ETag");

        ApiResponse<Organization> activated = organizations.changeOrganizationStatusWithHttpInfo(created.getId(), etag,
                new OrganizationStatusChange().status(OrganizationStatus.ACTIVE).reason("Documents reviewed"));
        assertThat(activated.getData().getStatus()).isEqualTo(OrganizationStatus.ACTIVE);

        // a change sent with the ETag read before the activation is refused, and the problem says what is current
        ApiException stale = catchThrowableOfType(ApiException.class,
                () -> organizations.updateOrganization(created.getId(), etag, profile.acronym("CJLT")));
        assertThat(stale.getCode()).isEqualTo(412);
        Problem problem = PartnerClients.problem(officer, stale);
        assertThat(problem.getCurrentETag()).isEqualTo(header(activated, "ETag"));
        Organization updated = organizations.updateOrganization(created.getId(), problem.getCurrentETag(),
                profile.acronym("CJLT"));
        assertThat(updated.getAcronym()).isEqualTo("CJLT");
        return created.getId();
    }

    private void searchAndPage(UUID organization) throws ApiException {
        OrganizationsApi organizations = new OrganizationsApi(anonymous);
        OrganizationPage found = organizations.searchOrganizations(null, List.of("GH"), null, 5,
                "Contract Journey Literacy Trust " + suffix, SearchOrder.RELEVANCE, List.of(OrganizationStatus.ACTIVE),
                List.of(Theme.SDG_4), List.of(OrganizationType.NATIONAL_NGO));
        assertThat(found.getItems()).extracting(Organization::getId).contains(organization);

        Set<UUID> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            OrganizationPage page = organizations.searchOrganizations(null, null, cursor, 2, null, SearchOrder.NEWEST,
                    null, null, null);
            page.getItems().forEach(item -> assertThat(seen.add(item.getId())).as("each item once").isTrue());
            cursor = page.getNext();
            pages++;
        } while (cursor != null && pages < 5);
        assertThat(pages).isGreaterThan(1);
    }

    private void associate(UUID organization) throws Exception {
        ApplicationsApi applications = new ApplicationsApi(officer);
        Application draft = applications.createApplication(new NewApplication().organizationId(organization)
                .track(Track.DGC).declarations(new ApplicationDeclarationsInput()
                        .legallyRegisteredOn(LocalDate.of(2012, 4, 1)).nonProfit(true).democraticGovernance(true)
                        .commitsToUnCharterAndSdgs(true).website("https://example.org")
                        .publications(List.of("Annual report 2025")).socialMedia(List.of()).audience(5000)));
        UUID id = draft.getId();
        applications.submitApplication(id);
        // the accreditation service learns of the organisation through Kafka
        Application screened = eventually(() -> applications.screenApplication(id));
        assertThat(screened.getScreening()).allMatch(check -> Boolean.TRUE.equals(check.getPassed()));

        CommitteeSession session = new CommitteeSessionsApi(officer).scheduleCommitteeSession(
                new NewCommitteeSession().track(Track.DGC).name("Contract sitting " + suffix)
                        .startsOn(LocalDate.now().plusDays(1)).endsOn(LocalDate.now().plusDays(3))
                        .memberStates(List.of("CU", "IN", "US")));
        applications.placeApplicationOnAgenda(id, new AgendaPlacement().sessionId(session.getId()));
        Application asked = new ApplicationsApi(committee).raiseCommitteeQuestion(id, new CommitteeQuestion()
                .memberState("CU").text("Who funds your work?").responseDue(LocalDate.now().plusDays(20)));
        applications.answerApplicationQuestion(id, asked.getQuestions().get(0).getId(),
                new QuestionAnswer().answer("Membership fees and two foundations."));
        applications.recommendApplication(id, new CommitteeRecommendation());
        Application granted = applications.decideApplication(id,
                new ApplicationDecision().outcome(DecisionOutcome.GRANTED).reasons("Meets the requirements"));
        assertThat(granted.getState()).isEqualTo(ApplicationState.GRANTED);

        // a step the state does not allow is refused, and the problem lists what is allowed
        ApiException refused = catchThrowableOfType(ApiException.class, () -> applications.submitApplication(id));
        assertThat(refused.getCode()).isEqualTo(409);
        Problem problem = PartnerClients.problem(officer, refused);
        assertThat(problem.getCurrentState()).isEqualTo("granted");
        // a decided application goes nowhere: the list is there, and empty
        assertThat(problem.getAllowedNextStates()).isNotNull().isEmpty();

        assertThat(new AccreditationsApi(anonymous).listAccreditations(null, null, organization, null, Track.DGC)
                .getItems()).isNotEmpty();
        await().atMost(KAFKA).untilAsserted(() -> assertThat(new OrganizationsApi(anonymous)
                .getOrganization(organization, null).getAccreditation()).isNotNull()
                .extracting(AccreditationSummary::getDgcAssociatedSince).isEqualTo(LocalDate.now()));
    }

    private List<UUID> designateGroundsPasses(UUID organization) throws Exception {
        RepresentativesApi representatives = new RepresentativesApi(officer);
        List<UUID> youths = new ArrayList<>();
        List<UUID> adults = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            youths.add(representatives.addOrganizationRepresentative(organization, new RepresentativeInput()
                    .fullName("Youth Delegate " + i).role(RepresentativeRole.YOUTH_REPRESENTATIVE)
                    .email("youth" + i + "." + suffix + "@example.org").dateOfBirth(LocalDate.now().minusYears(20))
                    .startDate(LocalDate.now()))
                    .getId());
            adults.add(representatives.addOrganizationRepresentative(organization, new RepresentativeInput()
                    .fullName("Delegate " + i).role(RepresentativeRole.REPRESENTATIVE)
                    .email("delegate" + i + "." + suffix + "@example.org").dateOfBirth(LocalDate.of(1975, 3, 1))
                    .startDate(LocalDate.now()))
                    .getId());
        }
        GroundsPassesApi passes = new GroundsPassesApi(officer);
        int year = LocalDate.now().getYear() + 1;
        eventually(() -> passes.designateRepresentative(organization, new DesignationRequest().track(Track.DGC)
                .representativeId(youths.get(0)).year(year).kind(PassKind.YOUTH)));
        passes.designateRepresentative(organization, new DesignationRequest().track(Track.DGC)
                .representativeId(youths.get(1)).year(year).kind(PassKind.YOUTH));
        ApiException third = catchThrowableOfType(ApiException.class, () -> passes.designateRepresentative(
                organization, new DesignationRequest().track(Track.DGC).representativeId(youths.get(2)).year(year)
                        .kind(PassKind.YOUTH)));
        assertThat(third.getCode()).isEqualTo(409);
        assertThat(PartnerClients.problem(officer, third).getType().toString())
                .isEqualTo("https://civicspace.org/problems/pass-quota-full");
        assertThat(passes.listDesignations(organization, null, null, year).getItems()).hasSize(2);
        return adults;
    }

    private void fillAnEventAndItsWaitingList(List<UUID> delegates) throws Exception {
        EventsApi events = new EventsApi(officer);
        LocalDate day = LocalDate.now().plusWeeks(3);
        EventDetails details = new EventDetails().kind(EventKind.THEMATIC_BRIEFING)
                .titles(Map.of("en", "Schools after the flood " + suffix))
                .startsAt(day.atTime(10, 0).toString()).endsAt(day.atTime(12, 0).toString())
                .timeZone("America/New_York").venueMode(VenueMode.IN_PERSON).venue("Conference Room 6, UN Headquarters")
                .capacity(1);
        ApiResponse<Event> created = events.createEventWithHttpInfo(details);
        assertThat(created.getStatusCode()).isEqualTo(201);
        Event event = created.getData();
        assertThat(event.getStartsAt()).isEqualTo(day + "T10:00:00");
        ApiResponse<Event> read = events.getEventWithHttpInfo(event.getId());
        events.updateEvent(event.getId(), header(read, "ETag"), details.capacity(2));
        events.publishEvent(event.getId());

        RegistrationApi registrations = new RegistrationApi(officer);
        // the events service learns of the association and the representatives through Kafka
        EventRegistration first = eventually(() -> registrations.registerForEvent(event.getId(),
                new RegistrationRequest().representativeId(delegates.get(0)).fullName("Delegate 1")
                        .email("delegate1." + suffix + "@example.org")));
        EventRegistration second = registrations.registerForEvent(event.getId(), new RegistrationRequest()
                .representativeId(delegates.get(1)).fullName("Delegate 2")
                .email("delegate2." + suffix + "@example.org"));
        EventRegistration waiting = registrations.registerForEvent(event.getId(), new RegistrationRequest()
                .representativeId(delegates.get(2)).fullName("Delegate 3")
                .email("delegate3." + suffix + "@example.org"));
        assertThat(List.of(first.getStatus(), second.getStatus(), waiting.getStatus()))
                .containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED,
                        RegistrationStatus.WAITLISTED);
        assertThat(waiting.getWaitlistPosition()).isEqualTo(1);

        registrations.cancelEventRegistration(event.getId(), first.getId(),
                new EventCancellation().reason("Cannot travel"));
        List<EventRegistration> participants = new ArrayList<>();
        String cursor = null;
        do {
            EventRegistrationPage page = registrations.listEventRegistrations(event.getId(), cursor, 2);
            participants.addAll(page.getItems());
            cursor = page.getNext();
        } while (cursor != null);
        assertThat(participants).extracting(EventRegistration::getId)
                .containsExactly(first.getId(), second.getId(), waiting.getId());
        assertThat(participants).filteredOn(r -> r.getId().equals(waiting.getId()))
                .extracting(EventRegistration::getStatus).containsExactly(RegistrationStatus.CONFIRMED);
        assertThat(Files.readString(new FeedsApi(anonymous).getEventCalendar(event.getId()).toPath()))
                .contains("BEGIN:VCALENDAR", "Schools after the flood " + suffix);
    }

    private void openAReprisalCase() throws ApiException {
        CasesApi cases = new CasesApi(caseOfficer);
        CaseCreated opened = cases.openCase(new CaseReport().country("GH")
                .acts(List.of(new Act().type(ActType.INTIMIDATION).occurredOn(LocalDate.now().minusDays(2))
                        .country("GH").perpetrator(PerpetratorCategory.STATE_AUTHORITIES)))
                .engagement(new Engagement().mechanism(UnMechanism.HUMAN_RIGHTS_COUNCIL).label("Session " + suffix))
                .narrative("Questioned after speaking at a UN briefing.")
                .victims(List.of(new Victim().kind(VictimKind.PERSON).name("Person A " + suffix)))
                .consent(new ConsentGiven().givenBy(ConsentGiver.PERSON_CONCERNED)
                        .channel(ConsentChannel.ENCRYPTED_MESSAGE).scopes(Set.of(ConsentScope.DOCUMENT))));
        ModelCase file = cases.getCase(opened.getId(), null);
        assertThat(file.getReference()).isEqualTo(opened.getReference());
        assertThat(cases.listCases(null, 10).getItems()).isNotEmpty();
    }

    private void readStatisticsAndFeeds() throws ApiException, IOException {
        ApiClient partner = clients.partner("partner-demo-agency", "partner-demo-agency-local-secret");
        assertThat(new StatisticsApi(partner).getRegistryStatistics().getTotal()).isPositive();
        assertThat(new TransparencyApi(anonymous).getTransparencyStatistics(null, null, Track.DGC)).isNotNull();
        assertThat(new TransparencyApi(anonymous).getDecisionFeedJson(null).getItems()).isNotEmpty();
        assertThat(Files.readString(new FeedsApi(anonymous).getOrganizationFeedAtom().toPath())).contains("<feed");
        assertThat(Files.readString(new FeedsApi(anonymous).getUpcomingEventsCalendar().toPath()))
                .contains("BEGIN:VCALENDAR");
    }

    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    /** Retries a call refused only until another service has heard, through Kafka, what it needs. */
    private static <T> T eventually(Callable<T> call) {
        return await().atMost(KAFKA).pollInterval(Duration.ofMillis(500)).ignoreException(ApiException.class)
                .until(call, result -> true);
    }
}
