package org.civicspace.events.feed.api;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import org.civicspace.events.feed.application.PublicFeeds;
import org.civicspace.events.feed.application.ICalendar;
import org.civicspace.platform.web.feeds.Feed;
import org.civicspace.platform.web.feeds.JsonFeed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Calendars and feeds of events for people and dashboards: public facts only, never participants. */
@Path("/api/v1/events/feeds")
@PermitAll
@Tag(name = "Feeds", description = "iCalendar, Atom and JSON Feed of events")
public class FeedResource {

    private static final String CALENDAR_EXAMPLE = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Civic Space//events-service//EN
            CALSCALE:GREGORIAN
            X-WR-CALNAME:Civic Space: UN civil society events
            BEGIN:VEVENT
            UID:5b0e7c1e-8f7a-4d2b-9a51-0c3f6de2a9b4@civicspace.org
            DTSTAMP:20270201T093000Z
            DTSTART:20270310T140000Z
            DTEND:20270310T160000Z
            SEQUENCE:3
            SUMMARY:Civil Society Briefing: Climate Action and the SDGs
            LOCATION:Conference Room 4\\, UN Headquarters
            CATEGORIES:thematic-briefing
            STATUS:CONFIRMED
            END:VEVENT
            END:VCALENDAR
            """;

    private final PublicFeeds feeds;

    public FeedResource(PublicFeeds feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("/upcoming.ics")
    @Produces(ICalendar.MEDIA_TYPE)
    @Operation(operationId = "getUpcomingEventsCalendar",
            summary = "Upcoming events as an iCalendar feed (RFC 5545) to subscribe to")
    @APIResponse(responseCode = "200", description = "The calendar, inline as civicspace-events.ics",
            content = @Content(mediaType = ICalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = CALENDAR_EXAMPLE))
    public RestResponse<String> calendar() {
        return ics(feeds.upcomingCalendar(), "civicspace-events.ics");
    }

    @GET
    @Path("/events/{id}.ics")
    @Produces(ICalendar.MEDIA_TYPE)
    @Operation(operationId = "getEventCalendar", summary = "One event as iCalendar, to add it to a calendar")
    @APIResponse(responseCode = "200", description = "The event as a calendar, inline as event-{id}.ics",
            content = @Content(mediaType = ICalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = CALENDAR_EXAMPLE))
    @APIResponse(responseCode = "404", description = "No such event, or a draft")
    public RestResponse<String> event(@PathParam("id") UUID id) {
        return ics(feeds.eventCalendar(id), "event-" + id + ".ics");
    }

    @GET
    @Path("/upcoming.atom")
    @Produces(Feed.ATOM)
    @Operation(operationId = "getUpcomingEventsFeedAtom", summary = "Upcoming events, as Atom")
    @APIResponse(responseCode = "200", description = "An Atom feed (RFC 4287), soonest event first",
            content = @Content(mediaType = Feed.ATOM, schema = @Schema(type = SchemaType.STRING), example = """
                    <?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">\
                    <id>urn:civicspace:events:feeds:upcoming</id><title>Civic Space: upcoming events</title>\
                    <updated>2027-02-01T09:30:00Z</updated><link rel="self" \
                    href="/api/v1/events/feeds/upcoming.atom"/><author><name>Civic Space events</name></author>\
                    <entry><id>urn:civicspace:events:event:5b0e7c1e-8f7a-4d2b-9a51-0c3f6de2a9b4:3</id>\
                    <title>Civil Society Briefing: Climate Action and the SDGs</title>\
                    <updated>2027-02-01T09:30:00Z</updated>\
                    <link href="/api/v1/events/events/5b0e7c1e-8f7a-4d2b-9a51-0c3f6de2a9b4"/>\
                    <category term="thematic-briefing"/><category term="hybrid"/>\
                    <summary>Civil Society Briefing: Climate Action and the SDGs, 2027-03-10T14:00:00Z \
                    (America/New_York), Conference Room 4, UN Headquarters</summary></entry></feed>"""))
    public String atom() {
        return feeds.upcoming().atom();
    }

    @GET
    @Path("/upcoming.json")
    @Produces(Feed.JSON_FEED)
    @Operation(operationId = "getUpcomingEventsFeedJson", summary = "Upcoming events, as JSON Feed 1.1")
    @APIResponse(responseCode = "200", description = "A JSON Feed 1.1 document, soonest event first",
            content = @Content(mediaType = Feed.JSON_FEED, schema = @Schema(implementation = JsonFeed.class)))
    public JsonFeed json() {
        return feeds.upcoming().jsonFeed();
    }

    private static RestResponse<String> ics(String body, String filename) {
        return RestResponse.ResponseBuilder.ok(body, ICalendar.MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"").build();
    }
}
