package org.civicspace.accreditation.transparency.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicspace.accreditation.accreditations.domain.Track;
import org.civicspace.accreditation.applications.domain.DecisionOutcome;
import org.civicspace.accreditation.committee.application.CommitteeSessions;
import org.civicspace.accreditation.transparency.api.TransparencyStatistics.Breakdown;
import org.civicspace.accreditation.transparency.application.Statistics;
import org.civicspace.platform.web.csv.CsvTable;
import org.civicspace.platform.web.feeds.Feed;
import org.civicspace.platform.web.feeds.JsonFeed;
import org.civicspace.platform.web.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public transparency: statistics of the process as JSON and CSV, and feeds of decisions for dashboards. */
@Path("/api/v1/accreditation")
@PermitAll
@Tag(name = "Transparency", description = "Public statistics and decision feeds")
public class TransparencyResource {

    static final String CSV = "text/csv";
    private static final int FEED_ENTRIES = 100;
    private static final String FEED = "/api/v1/accreditation/feeds/decisions";

    private final Statistics statistics;
    private final CommitteeSessions sessions;

    public TransparencyResource(Statistics statistics, CommitteeSessions sessions) {
        this.statistics = statistics;
        this.sessions = sessions;
    }

    @GET
    @Path("/statistics")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getTransparencyStatistics", summary = "Transparency statistics",
            description = "Approval rate, deferrals and median days from submission to decision, overall and by "
                    + "region, organisation type and thematic area, and questions raised per member state, for the "
                    + "decisions of a period (default: this calendar year).")
    @APIResponse(responseCode = "200", description = "The statistics of the period")
    @APIResponse(responseCode = "400", description = "A date that is not an ISO date, a period that ends before it "
            + "starts or spans too many years, or a track other than dgc or ecosoc")
    public TransparencyStatistics json(
            @QueryParam("track") @Parameter(description = "Only this track's; both when absent") Track track,
            @QueryParam("from") @Parameter(description = "First day, ISO date", example = "2026-01-01") String from,
            @QueryParam("to") @Parameter(description = "Last day, ISO date", example = "2026-12-31") String to) {
        LocalDate today = LocalDate.now();
        return TransparencyStatistics.of(
                statistics.compute(track, date("from", from, today.withDayOfYear(1)), date("to", to, today)));
    }

    @GET
    @Path("/statistics.csv")
    @Produces(CSV)
    @Operation(operationId = "exportTransparencyStatisticsCsv",
            summary = "Transparency statistics as CSV, one row per group",
            description = "Columns: dimension, key, decisions, granted, rejected, approval_rate, deferrals, "
                    + "applications_deferred, median_days_to_decision, questions, applications_questioned.")
    @APIResponse(responseCode = "200", description = "One row per group (RFC 4180)",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"accreditation-statistics.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), example = """
                    dimension,key,decisions,granted,rejected,approval_rate,deferrals,applications_deferred,\
                    median_days_to_decision,questions,applications_questioned\r
                    overall,all,212,159,53,0.750,118,64,143.5,,\r
                    region,Africa,48,36,12,0.750,27,15,151,,\r
                    member-state,CU,,,,,,,,64,41\r
                    """))
    @APIResponse(responseCode = "400", description = "A date that is not an ISO date, a period that ends before it "
            + "starts or spans too many years, or a track other than dgc or ecosoc")
    public Response csv(
            @QueryParam("track") @Parameter(description = "Only this track's; both when absent") Track track,
            @QueryParam("from") @Parameter(description = "First day, ISO date", example = "2026-01-01") String from,
            @QueryParam("to") @Parameter(description = "Last day, ISO date", example = "2026-12-31") String to) {
        TransparencyStatistics s = json(track, from, to);
        CsvTable csv = CsvTable.withColumns("dimension", "key", "decisions", "granted", "rejected", "approval_rate",
                "deferrals", "applications_deferred", "median_days_to_decision", "questions",
                "applications_questioned");
        row(csv, "overall", s.overall());
        Stream.of(Map.entry("region", s.byRegion()), Map.entry("organization-type", s.byOrganizationType()),
                Map.entry("theme", s.byTheme()))
                .forEach(group -> group.getValue().forEach(b -> row(csv, group.getKey(), b)));
        s.questionsByMemberState().forEach(q -> csv.row("member-state", q.memberState(), null, null, null, null,
                null, null, null, q.questions(), q.applications()));
        return Response.ok(csv.toString(), CsvTable.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"accreditation-statistics.csv\"").build();
    }

    @GET
    @Path("/feeds/decisions.atom")
    @Produces(Feed.ATOM)
    @Operation(operationId = "getDecisionFeedAtom",
            summary = "Decisions (grants and rejections), newest first, as Atom")
    @APIResponse(responseCode = "200", description = "An Atom feed (RFC 4287), newest first",
            content = @Content(mediaType = Feed.ATOM, schema = @Schema(type = SchemaType.STRING), example = """
                    <?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">\
                    <id>urn:civicspace:accreditation:feeds:decisions</id>\
                    <title>Civic Space: accreditation decisions</title><updated>2026-12-01T15:00:00Z</updated>\
                    <link rel="self" href="/api/v1/accreditation/feeds/decisions.atom"/>\
                    <author><name>Civic Space accreditation</name></author><entry>\
                    <id>urn:civicspace:accreditation:decision:3f6b2d1e-9a7c-4e5b-8d2f-1c0a9b8e7d6f:1796112000000</id>\
                    <title>Granted: Cancer Aid Society</title><updated>2026-12-01T15:00:00Z</updated>\
                    <link href="/api/v1/registry/organizations/7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d"/>\
                    <category term="granted"/><category term="ecosoc"/><category term="special"/>\
                    <summary>Cancer Aid Society was granted ECOSOC consultative status (special).</summary>\
                    </entry></feed>"""))
    public String atom(@QueryParam("session") @Parameter(description = "Only this session's") UUID sessionId) {
        return feed(sessionId).atom();
    }

    @GET
    @Path("/feeds/decisions.json")
    @Produces(Feed.JSON_FEED)
    @Operation(operationId = "getDecisionFeedJson",
            summary = "Decisions (grants and rejections), newest first, as JSON Feed 1.1")
    @APIResponse(responseCode = "200", description = "A JSON Feed 1.1 document, newest first",
            content = @Content(mediaType = Feed.JSON_FEED, schema = @Schema(implementation = JsonFeed.class)))
    public JsonFeed jsonFeed(
            @QueryParam("session") @Parameter(description = "Only this session's") UUID sessionId) {
        return feed(sessionId).jsonFeed();
    }

    private Feed feed(UUID sessionId) {
        List<Feed.Entry> entries = sessions.decisions(sessionId, FEED_ENTRIES).stream()
                .map(DecisionEntry::of).map(TransparencyResource::entry).toList();
        return new Feed("urn:civicspace:accreditation:feeds:decisions" + (sessionId == null ? "" : ":" + sessionId),
                "Civic Space: accreditation decisions", "Civic Space accreditation", FEED, entries);
    }

    private static Feed.Entry entry(DecisionEntry d) {
        String name = d.organizationName() == null ? "Organisation " + d.organizationId() : d.organizationName();
        String what = d.track() == Track.DGC ? "association with the UN Department of Global Communications"
                : "ECOSOC consultative status" + (d.category() == null ? "" : " (" + d.category() + ")");
        boolean granted = d.outcome() == DecisionOutcome.GRANTED;
        String title = (granted ? "Granted: " : "Rejected: ") + name;
        String summary = name + (granted ? " was granted " : " was refused ") + what + ". "
                + (d.reasons() == null ? "" : d.reasons());
        return new Feed.Entry("urn:civicspace:accreditation:decision:" + d.applicationId() + ":"
                + d.decidedAt().toEpochMilli(), title, summary.strip(),
                "/api/v1/registry/organizations/" + d.organizationId(), d.decidedAt(),
                Stream.of(d.outcome(), d.track(), d.category()).filter(t -> t != null).map(Object::toString).toList());
    }

    private static LocalDate date(String name, String value, LocalDate absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "not an ISO date (YYYY-MM-DD): " + value);
        }
    }

    private static void row(CsvTable csv, String dimension, Breakdown b) {
        csv.row(dimension, b.key(), b.decisions(), b.granted(), b.rejected(),
                b.approvalRate() == null ? null : String.format(Locale.ROOT, "%.3f", b.approvalRate()),
                b.deferrals(), b.applicationsDeferred(), b.medianDaysToDecision(), null, null);
    }
}
