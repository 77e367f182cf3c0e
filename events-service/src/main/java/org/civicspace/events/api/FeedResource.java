package org.civicspace.events.api;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.civicspace.events.service.EventFeeds;
import org.civicspace.events.service.ICalendar;
import org.civicspace.platform.web.feeds.Feed;
import org.civicspace.platform.web.feeds.JsonFeed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Calendars and feeds of events for people and dashboards: public facts only, never participants. */
@Path("/api/v1/events/feeds")
@PermitAll
@Tag(name = "Feeds", description = "iCalendar, Atom and JSON Feed of events")
public class FeedResource {

    private final EventFeeds feeds;

    public FeedResource(EventFeeds feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("/upcoming.ics")
    @Produces(ICalendar.MEDIA_TYPE)
    @Operation(summary = "Upcoming events as an iCalendar feed (RFC 5545) to subscribe to")
    public Response calendar() {
        return ics(feeds.upcomingCalendar(), "civicspace-events.ics");
    }

    @GET
    @Path("/events/{id}.ics")
    @Produces(ICalendar.MEDIA_TYPE)
    @Operation(summary = "One event as iCalendar, to add it to a calendar")
    public Response event(@PathParam("id") UUID id) {
        return ics(feeds.eventCalendar(id), "event-" + id + ".ics");
    }

    @GET
    @Path("/upcoming.atom")
    @Produces(Feed.ATOM)
    @Operation(summary = "Upcoming events, as Atom")
    public String atom() {
        return feeds.upcoming().atom();
    }

    @GET
    @Path("/upcoming.json")
    @Produces(Feed.JSON_FEED)
    @Operation(summary = "Upcoming events, as JSON Feed 1.1")
    public JsonFeed json() {
        return feeds.upcoming().jsonFeed();
    }

    private static Response ics(String body, String filename) {
        return Response.ok(body, ICalendar.MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"").build();
    }
}
