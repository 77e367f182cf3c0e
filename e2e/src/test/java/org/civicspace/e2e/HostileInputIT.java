package org.civicspace.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.civicspace.e2e.hostile.ApiOperations;
import org.civicspace.e2e.hostile.ApiOperations.Operation;
import org.civicspace.e2e.hostile.HeaderAttacks;
import org.civicspace.e2e.hostile.HostileRequests;
import org.civicspace.e2e.hostile.HostileRequests.Credential;
import org.civicspace.e2e.hostile.HostileRequests.Expect;
import org.civicspace.e2e.hostile.HostileRequests.Header;
import org.civicspace.e2e.hostile.HostileRequests.HostileRequest;
import org.civicspace.e2e.hostile.HostileRequests.Transport;
import org.civicspace.e2e.hostile.RawHttp;
import org.civicspace.e2e.hostile.RawHttp.RawAnswer;
import org.civicspace.launcher.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile input against every operation of the merged OpenAPI document, through the gateway of the local stack:
 * refused credentials (none, garbage, tampered, unsigned, another realm's, a role that may not), malformed bodies,
 * wrong types, oversized strings, arrays and pages, bad identifiers, injection strings and wrong methods
 * ({@link HostileRequests}); and hostile headers ({@link HeaderAttacks}): spoofed, malformed and 100-hop forwarding
 * headers, a foreign or malformed {@code Host}, odd {@code Accept-Language}, {@code Content-Length} lies and
 * duplicated headers. Every answer is below 500, free of stack traces, and a refusal is an RFC 9457 problem; a
 * body that never arrives in full is refused or dropped; forwarding headers and a foreign {@code Host} change
 * nothing the caller gets; every 201's {@code Location} is on the gateway ({@link LocationOnTheGateway}); nothing a
 * refused request aimed at changed; and a CSO focal point cannot touch another organisation's records.
 * {@code -Dhostile.perOperation=N} sets the generated requests per operation (default 40; the header attacks come
 * on top), {@code -Dhostile.seed} the seed; the counts are written to {@code target/hostile-input-report.md}.
 */
@ExtendWith(SharedStack.class)
class HostileInputIT {

    static final int PER_OPERATION = Integer.getInteger("hostile.perOperation", 40);
    static final long SEED = Long.getLong("hostile.seed", 8L);
    static final Path REPORT = Path.of("target", "hostile-input-report.md");
    /** cso-rep's organisation (its org_id claim), in the demo data. */
    static final String CSO_ORGANIZATION = "7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d";
    /** Users tried, in this order, to find who may call an operation and who may not. */
    static final List<String> USERS = List.of("admin", "dgc-officer", "case-supervisor", "committee-member", "cso-rep",
            "case-officer", "dashboard");
    static final Pattern STACK_TRACE = Pattern.compile(
            "\tat |\\bat (org|java|jdk|io|com|sun)\\.[\\w$.]+\\(|Caused by: |\\b[A-Z]\\w*Exception\\b|\\.java:\\d+\\)");
    static final ObjectMapper JSON = new ObjectMapper();

    static String gateway;
    static String keycloak;
    static Tokens tokens;
    static List<Operation> operations;
    static final Map<String, String> known = new LinkedHashMap<>();
    static final AtomicInteger reconnects = new AtomicInteger();
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void readTheApiAndFindRealRecords(LocalStack stack) throws IOException, InterruptedException {
        gateway = stack.url("gateway");
        keycloak = stack.keycloakRealmUrl();
        tokens = new Tokens(keycloak);
        operations = ApiOperations.of(JSON.readTree(get("/api/v1/openapi.json", null).body()));
        assertThat(operations).as("operations of the merged document").hasSizeGreaterThan(50);

        // records of organisations other than cso-rep's, from the demo data, for refused and cross-owner requests
        JsonNode applications = JSON.readTree(get("/api/v1/accreditation/applications?limit=100", "dgc-officer")
                .body()).path("items");
        JsonNode draft = first(applications, a -> a.path("state").asText().equals("draft")
                && !a.path("organizationId").asText().equals(CSO_ORGANIZATION));
        known.put("organization", draft.path("organizationId").asText());
        known.put("application", draft.path("id").asText());
        JsonNode questioned = first(applications, a -> a.path("questions").size() > 0
                && !a.path("organizationId").asText().equals(CSO_ORGANIZATION));
        known.put("questioned application", questioned.path("id").asText());
        known.put("question", questioned.path("questions").get(0).path("id").asText());
        JsonNode accreditations = JSON.readTree(get("/api/v1/accreditation/accreditations", null).body())
                .path("items");
        known.put("accreditation", first(accreditations,
                a -> !a.path("organizationId").asText().equals(CSO_ORGANIZATION)).path("id").asText());
        known.put("session", JSON.readTree(get("/api/v1/accreditation/sessions", null).body()).path("items").get(0)
                .path("id").asText());
        known.put("event", JSON.readTree(get("/api/v1/events/events", null).body()).path("items").get(0)
                .path("id").asText());
        known.put("case", send("POST", "/api/v1/reprisals/cases", "case-officer", reprisalCase())
                .map(r -> r.path("id").asText()).orElseThrow());
    }

    @Test
    void everyOperationAnswersHostileInputWithoutFailingOrChangingWhatItRefused() throws IOException {
        Map<String, Map<String, String>> before = stableSnapshot();
        Report report = new Report();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> accepted = new TreeMap<>();
        List<Pending> bodiesThatNeverEnd = new ArrayList<>();
        for (Operation operation : operations) {
            Callers callers = callersOf(operation, report, failures);
            HostileRequests generator = new HostileRequests(operation, SEED, callers.authorised() != null,
                    HostileInputIT::knownId);
            for (HostileRequest request : generator.generate(PER_OPERATION)) {
                Answer answer = send(request, callers.of(request.credential()));
                report.count(operation, request.category(), answer, request.description());
                check(operation, request, callers.expect(request), answer).ifPresent(failures::add);
                countAccepted(operation, answer, accepted);
            }
            HeaderAttacks headers = new HeaderAttacks(generator.plain(), URI.create(gateway).getAuthority());
            Answer plain = null;
            for (HostileRequest request : headers.quick()) {
                Answer answer = send(request, callers.of(request.credential()));
                plain = plain == null ? answer : plain;
                report.count(operation, request.category(), answer, request.description());
                check(operation, request, callers.expect(request), answer, plain).ifPresent(failures::add);
                countAccepted(operation, answer, accepted);
            }
            bodiesThatNeverEnd.add(new Pending(operation, headers.bodyThatNeverEnds(), callers));
        }
        sendSideBySide(bodiesThatNeverEnd, report, failures, accepted);
        Map<String, Map<String, String>> after = snapshot();
        report.write(REPORT, accepted, failures);
        System.out.println(Files.readString(REPORT));

        assertThat(failures.size()).as("requests answered with a 5xx, a stack trace, a non-problem refusal or not the "
                + "expected refusal; the first 40 of them:%n%s", String.join("\n", failures.subList(0,
                        Math.min(40, failures.size())))).isZero();
        for (View view : views()) {
            assertUnchangedButForAcceptedCreates(view, before.get(view.name()), after.get(view.name()), accepted);
        }
    }

    @Test
    void aCsoFocalPointCannotTouchAnotherOrganisationsRecords() throws IOException {
        String other = known.get("organization");
        Map<String, Map<String, String>> before = stableSnapshot();
        String organizationTag = etagOf("/api/v1/registry/organizations/" + other, null);
        String applicationTag = etagOf("/api/v1/accreditation/applications/" + known.get("application"),
                "dgc-officer");
        List<CrossOwner> attempts = List.of(
                new CrossOwner("PUT", "/api/v1/registry/organizations/" + other, Map.of("If-Match", organizationTag),
                        example("PUT /api/v1/registry/organizations/{id}", Map.of())),
                new CrossOwner("POST", "/api/v1/registry/organizations/" + other + "/status",
                        Map.of("If-Match", organizationTag), Map.of("status", "suspended", "reason", "taken over")),
                new CrossOwner("POST", "/api/v1/registry/organizations/" + other + "/representatives", Map.of(),
                        example("POST /api/v1/registry/organizations/{organizationId}/representatives", Map.of())),
                new CrossOwner("GET", "/api/v1/registry/organizations/" + other + "/representatives", Map.of(), null),
                new CrossOwner("GET", "/api/v1/accreditation/applications/" + known.get("application"), Map.of(),
                        null),
                new CrossOwner("PUT", "/api/v1/accreditation/applications/" + known.get("application"),
                        Map.of("If-Match", applicationTag),
                        Map.of("declarations", declarations())),
                new CrossOwner("POST", "/api/v1/accreditation/applications/" + known.get("application")
                        + "/submission", Map.of(), null),
                new CrossOwner("POST", "/api/v1/accreditation/applications/" + known.get("application")
                        + "/withdrawal", Map.of(), Map.of("reason", "taken over")),
                new CrossOwner("POST", "/api/v1/accreditation/applications", Map.of(),
                        Map.of("organizationId", other, "track", "dgc", "declarations", declarations())),
                new CrossOwner("POST", "/api/v1/accreditation/applications/" + known.get("questioned application")
                        + "/questions/" + known.get("question") + "/answer", Map.of(), Map.of("answer", "taken over")),
                new CrossOwner("POST", "/api/v1/accreditation/accreditations/" + known.get("accreditation")
                        + "/reports", Map.of(),
                        Map.of("periodEnding", LocalDate.now().minusDays(1).toString(), "summary", "taken over")),
                new CrossOwner("GET", "/api/v1/accreditation/organizations/" + other + "/designations", Map.of(),
                        null),
                new CrossOwner("POST", "/api/v1/accreditation/organizations/" + other + "/designations", Map.of(),
                        example("POST /api/v1/accreditation/organizations/{organizationId}/designations",
                                Map.of("year", LocalDate.now().getYear() + 1))),
                new CrossOwner("POST", "/api/v1/events/proposals", Map.of(),
                        Map.of("organizationId", other, "kind", "thematic-briefing", "title", "Taken over",
                                "summary", "A briefing in another organisation's name.", "language", "en")),
                new CrossOwner("GET", "/api/v1/reprisals/cases/" + known.get("case"), Map.of(), null),
                new CrossOwner("GET", "/api/v1/reprisals/cases", Map.of(), null));

        List<String> allowed = new ArrayList<>();
        for (CrossOwner attempt : attempts) {
            Answer answer = send(new HostileRequest("cross-owner", "cso-rep on another organisation's record",
                    Credential.AUTHORISED, attempt.method(), attempt.path(), "", attempt.headers(jsonBody(attempt)),
                    attempt.body() == null ? null : bytes(attempt.body()), Expect.FORBIDDEN), "cso-rep");
            if (answer.status() != 403 && answer.status() != 404 || !isProblem(answer)) {
                allowed.add(attempt.method() + " " + attempt.path() + " -> " + answer.status() + " "
                        + excerpt(answer.body()));
            }
        }
        // a list filtered by another organisation shows none of its applications
        String filtered = get("/api/v1/accreditation/applications?organization=" + other, "cso-rep").body();
        assertThat(filtered).as("cso-rep's view of another organisation's applications").doesNotContain(other);
        assertThat(JSON.readTree(filtered).path("items")).as("cso-rep's page of another organisation's applications")
                .isEmpty();

        assertThat(allowed).as("cross-owner requests that were not refused with 403 or 404").isEmpty();
        assertThat(etagOf("/api/v1/registry/organizations/" + other, null)).isEqualTo(organizationTag);
        assertThat(etagOf("/api/v1/accreditation/applications/" + known.get("application"), "dgc-officer"))
                .isEqualTo(applicationTag);
        Map<String, Map<String, String>> after = snapshot();
        for (View view : views()) {
            assertUnchangedButForAcceptedCreates(view, before.get(view.name()), after.get(view.name()), Map.of());
        }
    }

    static void countAccepted(Operation operation, Answer answer, Map<String, Integer> accepted) {
        if (!operation.isRead() && answer.status() >= 200 && answer.status() < 300) {
            accepted.merge(operation.key(), 1, Integer::sum);
        }
    }

    /** A request that is answered only after the gateway's timeout, with who sends it. */
    record Pending(Operation operation, HostileRequest request, Callers callers) {
    }

    /**
     * Sends the requests that wait for the gateway's timeout side by side (16 at a time), so that they cost about
     * one timeout each 16 operations instead of one each; waits up to three times the gateway's 10 s.
     */
    static void sendSideBySide(List<Pending> pending, Report report, List<String> failures,
            Map<String, Integer> accepted) {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (Pending one : pending) {
                answers.add(pool.submit(() -> overSocket(one.request(), one.callers().of(one.request().credential()),
                        Duration.ofSeconds(30))));
            }
            for (int i = 0; i < pending.size(); i++) {
                Pending one = pending.get(i);
                Answer answer = answers.get(i).get();
                report.count(one.operation(), one.request().category(), answer, one.request().description());
                check(one.operation(), one.request(), one.callers().expect(one.request()), answer)
                        .ifPresent(failures::add);
                countAccepted(one.operation(), answer, accepted);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- who may call what

    record Callers(String authorised, String refused) {

        /** Who sends a request with this credential: a demo user, or nobody (the request's own credential). */
        String of(Credential credential) {
            return switch (credential) {
                case AUTHORISED -> authorised;
                case FOREIGN_ROLE -> refused == null ? "dashboard" : refused;
                default -> null;
            };
        }

        /** A refusal of the role is expected only where some demo user is refused. */
        Expect expect(HostileRequest request) {
            if (request.credential() != Credential.FOREIGN_ROLE || refused != null) {
                return request.expect();
            }
            return switch (request.expect()) {
                case FORBIDDEN, REFUSED -> Expect.ANY;
                case REFUSED_OR_DROPPED -> Expect.ANY_OR_DROPPED;
                default -> request.expect();
            };
        }
    }

    /** The first demo user allowed to call the operation, and the first refused (403), found by probing. */
    static Callers callersOf(Operation operation, Report report, List<String> failures) {
        HostileRequests generator = new HostileRequests(operation, SEED, true, HostileInputIT::knownId);
        if (!generator.sendsAsAuthorised()) {
            // an action without a target or body: calling it as an allowed user would perform it
            return new Callers(null, "cso-rep");
        }
        String authorised = null;
        String refused = null;
        for (String user : USERS) {
            HostileRequest probe = generator.probe();
            Answer answer = send(probe, user);
            report.count(operation, "credentials", answer, probe.description());
            check(operation, probe, Expect.ANY, answer).ifPresent(failures::add);
            if (answer.status() == 403) {
                refused = refused == null ? user : refused;
            } else if (answer.status() != 401 && authorised == null) {
                authorised = user;
            }
            if (authorised != null && refused != null) {
                break;
            }
        }
        return new Callers(authorised, refused);
    }

    /** A real record for a path parameter, so refused requests aim at something that exists. */
    static Optional<String> knownId(Operation operation, String parameter) {
        String path = operation.path();
        String key = null;
        if (path.startsWith("/api/v1/registry/organizations/{")
                || path.startsWith("/api/v1/accreditation/organizations/{")) {
            key = parameter.equals("id") || parameter.equals("organizationId") ? "organization" : null;
        } else if (path.startsWith("/api/v1/accreditation/applications/{")) {
            key = parameter.equals("id") ? "application" : null;
        } else if (path.startsWith("/api/v1/accreditation/accreditations/{")) {
            key = "accreditation";
        } else if (path.startsWith("/api/v1/accreditation/sessions/{")) {
            key = "session";
        } else if (path.startsWith("/api/v1/events/events/{") || path.startsWith("/api/v1/events/feeds/events/{")) {
            key = parameter.equals("id") || parameter.equals("eventId") ? "event" : null;
        } else if (path.startsWith("/api/v1/reprisals/cases/{")) {
            key = parameter.equals("id") || parameter.equals("caseId") ? "case" : null;
        }
        return Optional.ofNullable(key).map(known::get);
    }

    // ---- what every answer must be

    static Optional<String> check(Operation operation, HostileRequest request, Expect expect, Answer answer) {
        return check(operation, request, expect, answer, null);
    }

    /** @param plain the answer to the same request without the added headers, for {@link Expect#AS_WITHOUT_THEM} */
    static Optional<String> check(Operation operation, HostileRequest request, Expect expect, Answer answer,
            Answer plain) {
        String what = operation.key() + " [" + request.category() + ": " + request.description() + ", "
                + request.credential() + "] " + request.method() + " " + excerptOf(request.path() + request.query())
                + " -> " + answer.status();
        boolean mayDrop = expect == Expect.REFUSED_OR_DROPPED || expect == Expect.ANY_OR_DROPPED;
        if (answer.status() == 0 && mayDrop && answer.body().startsWith("closed")) {
            return Optional.empty();
        }
        if (answer.status() >= 500 || answer.status() == 0) {
            return Optional.of(what + " (server error) " + excerpt(answer.body()));
        }
        if (STACK_TRACE.matcher(answer.body()).find()) {
            return Optional.of(what + " (stack trace in the body) " + excerpt(answer.body()));
        }
        if (answer.status() >= 400 && !isProblem(answer) && !isRejectedByTheHttpParser(request, answer)) {
            return Optional.of(what + " (refusal is not a problem+json of the same status) " + answer.contentType()
                    + " " + excerpt(answer.body()));
        }
        Optional<String> offTheGateway = LocationOnTheGateway.offTheGateway(gateway, answer.status(),
                answer.location());
        if (offTheGateway.isPresent()) {
            return Optional.of(what + " (" + offTheGateway.get() + ")");
        }
        boolean expected = switch (expect) {
            case ANY, ANY_OR_DROPPED -> true;
            case REFUSED, REFUSED_OR_DROPPED -> answer.status() >= 400;
            case UNAUTHENTICATED -> answer.status() == 401;
            case FORBIDDEN -> answer.status() == 403;
            case AS_WITHOUT_THEM -> plain == null || sameOutcome(plain.status(), answer.status());
        };
        return expected ? Optional.empty() : Optional.of(what + " (expected " + expect
                + (plain == null ? "" : ": " + plain.status()) + ") " + excerpt(answer.body()));
    }

    /**
     * Whether headers that must change nothing changed nothing: the same status, but a write the plain request made
     * may conflict or be limited when made again.
     */
    static boolean sameOutcome(int plain, int status) {
        boolean repeatedWrite = plain >= 200 && plain < 300 && (status == 409 || status == 429);
        return status == plain || plain >= 200 && plain < 300 && status >= 200 && status < 300 || repeatedWrite;
    }

    static boolean isProblem(Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            return false;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            return problem.path("status").asInt() == answer.status()
                    && problem.path("type").asText().startsWith("https://civicspace.org/problems/");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * 414 (request line over 4 KB), 431 (headers over 8 KB) and 400 for a message whose length cannot be read come
     * from the gateway's HTTP server while it parses the request, before any handler runs, and have no body: there
     * is nothing to put a problem in.
     */
    static boolean isRejectedByTheHttpParser(HostileRequest request, Answer answer) {
        return answer.body().isEmpty() && (answer.status() == 414 || answer.status() == 431
                || answer.status() == 400 && hasUnreadableFraming(request));
    }

    /**
     * A {@code Content-Length} that is not one plain number, or given twice: RFC 9112 (6.3) has the HTTP parser
     * refuse the message before any handler runs, as it does for 414 and 431.
     */
    static boolean hasUnreadableFraming(HostileRequest request) {
        List<String> lengths = request.headers().stream().filter(h -> h.name().equalsIgnoreCase("Content-Length"))
                .map(Header::value).toList();
        return lengths.size() > 1 || lengths.stream().anyMatch(length -> !length.trim().matches("[0-9]{1,18}"));
    }

    // ---- state before and after

    record View(String name, String user, String path, List<String> creates) {
    }

    static List<View> views() {
        String org = known.get("organization");
        String event = known.get("event");
        return List.of(
                new View("organisations (public list)", null, "/api/v1/registry/organizations?limit=100",
                        List.of("POST /api/v1/registry/organizations")),
                new View("another organisation", null, "/api/v1/registry/organizations/" + org, List.of()),
                new View("cso-rep's organisation", null, "/api/v1/registry/organizations/" + CSO_ORGANIZATION,
                        List.of()),
                new View("cso-rep's representatives", "cso-rep", "/api/v1/registry/organizations/" + CSO_ORGANIZATION
                        + "/representatives?limit=100", List.of()),
                new View("applications", "dgc-officer", "/api/v1/accreditation/applications?limit=100",
                        List.of("POST /api/v1/accreditation/applications")),
                new View("another organisation's application", "dgc-officer", "/api/v1/accreditation/applications/"
                        + known.get("application"), List.of()),
                new View("accreditations", null, "/api/v1/accreditation/accreditations?limit=100", List.of()),
                new View("committee sessions", null, "/api/v1/accreditation/sessions?limit=100",
                        List.of("POST /api/v1/accreditation/sessions")),
                new View("another organisation's passes", "dgc-officer", "/api/v1/accreditation/organizations/" + org
                        + "/designations?limit=100", List.of()),
                new View("events", "dgc-officer", "/api/v1/events/events?limit=100",
                        List.of("POST /api/v1/events/events")),
                new View("a published event", null, "/api/v1/events/events/" + event, List.of()),
                new View("its registrations", "dgc-officer", "/api/v1/events/events/" + event
                        + "/registrations?limit=100",
                        List.of()),
                new View("proposals", "dgc-officer", "/api/v1/events/proposals?limit=100",
                        List.of("POST /api/v1/events/proposals")),
                new View("reprisal cases", "case-supervisor", "/api/v1/reprisals/cases?limit=100",
                        List.of("POST /api/v1/reprisals/cases", "POST /api/v1/reprisals/intake")),
                new View("a reprisal case", "case-supervisor", "/api/v1/reprisals/cases/" + known.get("case"),
                        List.of()));
    }

    /** A snapshot once asynchronous effects of earlier requests (events between services) have settled. */
    static Map<String, Map<String, String>> stableSnapshot() {
        AtomicReference<Map<String, Map<String, String>>> last = new AtomicReference<>(snapshot());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    Map<String, Map<String, String>> now = snapshot();
                    return now.equals(last.getAndSet(now));
                });
        return last.get();
    }

    /** For each view, its items by id (a single record is one item, with its ETag). */
    static Map<String, Map<String, String>> snapshot() {
        Map<String, Map<String, String>> snapshot = new LinkedHashMap<>();
        for (View view : views()) {
            Answer answer = get(view.path(), view.user());
            assertThat(answer.status()).as(view.name() + " " + view.path()).isEqualTo(200);
            Map<String, String> items = new TreeMap<>();
            try {
                JsonNode body = JSON.readTree(answer.body());
                JsonNode list = body.isArray() ? body : body.path("items");
                if (list.isArray()) {
                    int index = 0;
                    for (JsonNode item : list) {
                        items.put(item.path("id").asText("#" + index++), item.toString());
                    }
                } else {
                    items.put("record", body + " ETag " + answer.etag());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            snapshot.put(view.name(), items);
        }
        return snapshot;
    }

    static void assertUnchangedButForAcceptedCreates(View view, Map<String, String> before, Map<String, String> after,
            Map<String, Integer> accepted) {
        for (Map.Entry<String, String> item : before.entrySet()) {
            assertThat(after.get(item.getKey())).as("%s: %s after the hostile requests", view.name(), item.getKey())
                    .isEqualTo(item.getValue());
        }
        int created = view.creates().stream().mapToInt(op -> accepted.getOrDefault(op, 0)).sum();
        assertThat(after.size() - before.size()).as("%s: new records, at most the %d creates that were accepted",
                view.name(), created).isBetween(0, created);
    }

    // ---- HTTP

    /** An answer; status 0 when the connection closed without one or none came in time (the body says which). */
    record Answer(int status, String contentType, String body, String etag, String location) {
    }

    static Answer get(String path, String user) {
        return send(new HostileRequest("read", "read", Credential.AUTHORISED, "GET", path, "", Map.of(), null,
                Expect.ANY), user);
    }

    static String etagOf(String path, String user) {
        return get(path, user).etag();
    }

    static Optional<JsonNode> send(String method, String path, String user, Object body) {
        Answer answer = send(new HostileRequest("fixture", "fixture", Credential.AUTHORISED, method, path, "",
                jsonBody(body), bytes(body), Expect.ANY), user);
        assertThat(answer.status()).as(method + " " + path + ": " + answer.body()).isLessThan(300);
        try {
            return Optional.of(JSON.readTree(answer.body()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Sends a request as the given user (or with the request's refused credentials); waits out rate limits. */
    static Answer send(HostileRequest request, String user) {
        return request.transport() == Transport.HTTP_CLIENT ? overHttpClient(request, user)
                : overSocket(request, user, Duration.ofSeconds(30));
    }

    static Answer overHttpClient(HostileRequest request, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gateway + request.path() + request.query()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(header -> builder.header(header.name(), header.value()));
        authorization(request.credential(), user).ifPresent(value -> builder.header("Authorization", value));
        HttpRequest built = builder.build();
        for (int attempt = 0;; attempt++) {
            try {
                HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
                long retryAfter = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                // the gateway's token buckets refill within a second or two: wait and send again; a longer wait
                // (the secure intake allows a few reports per address an hour) is an answer to check like any other
                if (response.statusCode() == 429 && retryAfter <= 2 && attempt < 10) {
                    Thread.sleep(1_000L * Math.max(1, retryAfter));
                    continue;
                }
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        new String(response.body(), StandardCharsets.UTF_8),
                        response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Location").orElse(null));
            } catch (HttpTimeoutException e) {
                return new Answer(0, "", "no answer within 30 s", null, null);
            } catch (IOException e) {
                // a kept-alive connection the server closed just as it was reused: once more on a new one
                if (attempt == 0) {
                    reconnects.incrementAndGet();
                    continue;
                }
                return new Answer(0, "", "connection failed: " + e, null, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Sends a request over a raw socket ({@link RawHttp}), the caller's {@code Authorization} first; waits out rate
     * limits like {@link #overHttpClient}. A connection closed without an answer is status 0, as is no answer within
     * {@code wait}; the body says which.
     */
    static Answer overSocket(HostileRequest request, String user, Duration wait) {
        List<Header> headers = new ArrayList<>();
        authorization(request.credential(), user).ifPresent(value -> headers.add(new Header("Authorization", value)));
        headers.addAll(request.headers());
        for (int attempt = 0;; attempt++) {
            try {
                RawAnswer response = RawHttp.exchange(URI.create(gateway), request.method(),
                        request.path() + request.query(), headers, request.body(),
                        request.transport() == Transport.SOCKET_THEN_CLOSE, wait);
                long retryAfter = response.header("Retry-After").map(Long::parseLong).orElse(1L);
                if (response.status() == 429 && retryAfter <= 2 && attempt < 10) {
                    Thread.sleep(1_000L * Math.max(1, retryAfter));
                    continue;
                }
                String body = switch (response.status()) {
                    case RawHttp.CLOSED -> "closed without an answer";
                    case RawHttp.SILENT -> "no answer within " + wait.toSeconds() + " s";
                    default -> new String(response.body(), StandardCharsets.UTF_8);
                };
                return new Answer(Math.max(0, response.status()), response.header("Content-Type").orElse(""), body,
                        response.header("ETag").orElse(null), response.header("Location").orElse(null));
            } catch (IOException e) {
                return new Answer(0, "", "connection failed: " + e, null, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static Optional<String> authorization(Credential credential, String user) {
        return switch (credential) {
            case AUTHORISED, FOREIGN_ROLE -> Optional.ofNullable(user).map(u -> "Bearer " + tokens.of(u));
            case NONE -> Optional.empty();
            case GARBAGE -> Optional.of("Bearer not-a-token");
            case TAMPERED -> Optional.of("Bearer " + tokens.tampered());
            case UNSIGNED -> Optional.of("Bearer " + tokens.unsigned());
            case OTHER_REALM -> Optional.of("Bearer " + tokens.otherRealm());
            case BASIC -> Optional.of("Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes()));
            case RANDOM_JWT -> Optional.of("Bearer " + tokens.randomJwt());
        };
    }

    // ---- fixtures and helpers

    static Object example(String operationKey, Map<String, Object> overrides) {
        Operation operation = operations.stream().filter(o -> o.key().equals(operationKey)).findFirst().orElseThrow();
        ObjectNode body = (ObjectNode) ApiOperations.exampleOf(operation, SEED);
        overrides.forEach((name, value) -> body.set(name, JSON.valueToTree(value)));
        return body;
    }

    static Map<String, Object> declarations() {
        return Map.of("legallyRegisteredOn", "2012-04-01", "nonProfit", true, "democraticGovernance", true,
                "commitsToUnCharterAndSdgs", true, "website", "https://example.org", "publications",
                List.of("Annual report"), "socialMedia", List.of(), "audience", 5000);
    }

    static Map<String, Object> reprisalCase() {
        return Map.of("country", "KE",
                "acts", List.of(Map.of("type", "intimidation", "occurredOn", LocalDate.now().minusDays(2).toString(),
                        "country", "KE", "perpetrator", "state-authorities")),
                "engagement", Map.of("mechanism", "human-rights-council", "label", "Hostile input fixture"),
                "narrative", "A fixture of the hostile-input test.",
                "victims", List.of(Map.of("kind", "person", "name", "Fixture Person")),
                "consent", Map.of("givenBy", "person-concerned", "channel", "encrypted-message",
                        "scopes", List.of("document")));
    }

    static JsonNode first(JsonNode list, java.util.function.Predicate<JsonNode> matching) {
        for (JsonNode item : list) {
            if (matching.test(item)) {
                return item;
            }
        }
        throw new IllegalStateException("the demo data has no such record: " + excerpt(list.toString()));
    }

    static Map<String, String> jsonBody(Object body) {
        return body == null ? Map.of() : Map.of("Content-Type", "application/json");
    }

    static byte[] bytes(Object body) {
        if (body == null) {
            return null;
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String excerpt(String body) {
        return excerptOf(body.replace('\n', ' '));
    }

    static String excerptOf(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** A cross-owner attempt: its headers are the given ones plus the body's content type. */
    record CrossOwner(String method, String path, Map<String, String> extraHeaders, Object body) {

        Map<String, String> headers(Map<String, String> contentType) {
            Map<String, String> all = new LinkedHashMap<>(extraHeaders);
            all.putAll(contentType);
            return all;
        }
    }

    // ---- tokens

    /** Keycloak tokens of the demo users, renewed before they expire, and the refused kinds made from them. */
    static final class Tokens {

        private final String realm;
        private final Map<String, String> tokens = new ConcurrentHashMap<>();
        private final Map<String, Instant> fetched = new ConcurrentHashMap<>();
        private final java.util.Random random = new java.util.Random(SEED);

        Tokens(String realm) {
            this.realm = realm;
        }

        String of(String user) {
            if (fetched.getOrDefault(user, Instant.EPOCH).isBefore(Instant.now().minusSeconds(200))) {
                tokens.put(user, fetch(realm, "civicspace-cli", user, user));
                fetched.put(user, Instant.now());
            }
            return tokens.get(user);
        }

        /** cso-rep's token with every staff role added to its claims, signature unchanged. */
        String tampered() {
            String[] parts = of("cso-rep").split("\\.");
            return parts[0] + "." + withAllRoles(parts[1]) + "." + parts[2];
        }

        /** The same claims under {@code alg: none}, without a signature. */
        String unsigned() {
            String[] parts = of("cso-rep").split("\\.");
            return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + withAllRoles(parts[1]) + ".";
        }

        /** A properly signed token of Keycloak's master realm: another issuer, no civicspace-api audience. */
        String otherRealm() {
            if (!tokens.containsKey("master") || fetched.get("master").isBefore(Instant.now().minusSeconds(40))) {
                tokens.put("master", fetch(realm.replaceAll("/realms/[^/]+$", "/realms/master"), "admin-cli", "admin",
                        "admin"));
                fetched.put("master", Instant.now());
            }
            return tokens.get("master");
        }

        String randomJwt() {
            byte[][] parts = { new byte[12 + random.nextInt(40)], new byte[20 + random.nextInt(400)],
                    new byte[random.nextInt(300)] };
            return java.util.Arrays.stream(parts).map(part -> {
                random.nextBytes(part);
                return Base64.getUrlEncoder().withoutPadding().encodeToString(part);
            }).collect(Collectors.joining("."));
        }

        private static String withAllRoles(String payload) {
            try {
                ObjectNode claims = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(payload));
                claims.putObject("realm_access").putArray("roles").add("platform-admin").add("ohchr-supervisor")
                        .add("dgc-officer").add("internal-service");
                return encode(claims.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String encode(String text) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        private static String fetch(String realm, String client, String user, String password) {
            String form = "grant_type=password&client_id=" + client + "&username=" + user + "&password=" + password;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(realm
                        + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("token of " + user + ": " + response.body()).isEqualTo(200);
                return JSON.readTree(response.body()).path("access_token").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- the report

    /** Requests per operation, by category and by status, written as Markdown. */
    static final class Report {

        private final Map<String, Map<String, Integer>> byCategory = new LinkedHashMap<>();
        private final Map<String, Map<Integer, Integer>> byStatus = new LinkedHashMap<>();
        private final Map<String, Integer> createdWithLocation = new TreeMap<>();
        private final Map<String, Integer> createdWithoutLocation = new TreeMap<>();
        private final Map<String, Integer> dropped = new TreeMap<>();

        void count(Operation operation, String category, Answer answer, String description) {
            byCategory.computeIfAbsent(operation.key(), k -> new LinkedHashMap<>()).merge(category, 1, Integer::sum);
            byStatus.computeIfAbsent(operation.key(), k -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
            if (answer.status() == 201) {
                (answer.location() == null ? createdWithoutLocation : createdWithLocation).merge(operation.key(), 1,
                        Integer::sum);
            }
            if (answer.status() == 0) {
                dropped.merge(description.replaceAll("[0-9]+", "N"), 1, Integer::sum);
            }
        }

        void write(Path file, Map<String, Integer> accepted, List<String> failures) throws IOException {
            StringBuilder text = new StringBuilder("# Hostile input: requests per operation\n\n");
            int total = byStatus.values().stream().flatMap(m -> m.values().stream()).mapToInt(i -> i).sum();
            text.append("Seed ").append(SEED).append(", ").append(PER_OPERATION).append(" generated requests per ")
                    .append("operation plus the role probes and the header attacks; ").append(byStatus.size())
                    .append(" operations, ")
                    .append(total).append(" requests, ").append(failures.size()).append(" failures; ")
                    .append(reconnects.get()).append(" sent again on a new connection after the server had closed a "
                            + "kept-alive one.\n\n");
            text.append("| operation | sent | ");
            HostileRequests.CATEGORIES.forEach(c -> text.append(c).append(" | "));
            text.append("2xx | 4xx | 5xx | closed, no answer | statuses |\n|---|---:|");
            HostileRequests.CATEGORIES.forEach(c -> text.append("---:|"));
            text.append("---:|---:|---:|---:|---|\n");
            for (Map.Entry<String, Map<Integer, Integer>> operation : byStatus.entrySet()) {
                Map<Integer, Integer> statuses = operation.getValue();
                text.append("| `").append(operation.getKey()).append("` | ")
                        .append(statuses.values().stream().mapToInt(i -> i).sum()).append(" | ");
                HostileRequests.CATEGORIES.forEach(c -> text.append(byCategory.get(operation.getKey())
                        .getOrDefault(c, 0)).append(" | "));
                text.append(sum(statuses, 200, 299)).append(" | ").append(sum(statuses, 400, 499)).append(" | ")
                        .append(sum(statuses, 500, 599)).append(" | ").append(statuses.getOrDefault(0, 0))
                        .append(" | ")
                        .append(statuses.entrySet().stream().map(s -> s.getKey() + "×" + s.getValue())
                                .collect(Collectors.joining(" ")))
                        .append(" |\n");
            }
            text.append("\nAccepted writes (2xx to a hostile request that is valid, e.g. an injection string as a "
                    + "name): ").append(accepted.isEmpty() ? "none" : accepted).append("\n");
            text.append("\n201 answers with a Location (each on the gateway, or it is a failure below): ")
                    .append(createdWithLocation.isEmpty() ? "none" : createdWithLocation).append("\n");
            text.append("\n201 answers without a Location (the operation names no address for what it made): ")
                    .append(createdWithoutLocation.isEmpty() ? "none" : createdWithoutLocation).append("\n");
            text.append("\nConnections closed without an answer (status 0 above), by request: ")
                    .append(dropped.isEmpty() ? "none" : dropped).append("\n");
            if (!failures.isEmpty()) {
                text.append("\n## Failures\n\n");
                failures.stream().limit(1_000).forEach(f -> text.append("- ").append(f.replace("|", "\\|"))
                        .append('\n'));
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }

        private static int sum(Map<Integer, Integer> statuses, int from, int to) {
            return statuses.entrySet().stream().filter(s -> s.getKey() >= from && s.getKey() <= to)
                    .mapToInt(Map.Entry::getValue).sum();
        }
    }
}
