package org.civicspace.registry.organization.api;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.civicspace.platform.web.feeds.Feed;
import org.civicspace.platform.web.feeds.JsonFeed;
import org.civicspace.registry.organization.application.RegistryFeed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Feeds for dashboards of organisations newly registered (admitted by DGC) and newly associated with DGC, as Atom
 * (RFC 4287) and as JSON Feed 1.1. Public fields only.
 */
@Path("/api/v1/registry/feeds")
@PermitAll
@Tag(name = "Feeds", description = "Feeds of new organisations, for dashboards")
public class FeedResource {

    static final int ENTRIES = 50;
    private static final String SELF = "/api/v1/registry/feeds/organizations";

    private final RegistryFeed feed;

    public FeedResource(RegistryFeed feed) {
        this.feed = feed;
    }

    @GET
    @Path("/organizations.atom")
    @Produces(Feed.ATOM)
    @Operation(operationId = "getOrganizationFeedAtom",
            summary = "Newly registered and newly associated organisations, as Atom")
    @APIResponse(responseCode = "200", description = "An Atom feed (RFC 4287), newest first",
            content = @Content(mediaType = Feed.ATOM, schema = @Schema(type = SchemaType.STRING), example = """
                    <?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">\
                    <id>urn:civicspace:registry:feeds:organizations</id><title>Civic Space: new organisations</title>\
                    <updated>2026-11-30T09:15:00Z</updated>\
                    <link rel="self" href="/api/v1/registry/feeds/organizations.atom"/>\
                    <author><name>Civic Space registry</name></author><entry>\
                    <id>urn:civicspace:registry:registered:7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d</id>\
                    <title>Registered: Cancer Aid Society</title><updated>2026-11-30T09:15:00Z</updated>\
                    <link href="/api/v1/registry/organizations/7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d"/>\
                    <category term="registered"/><category term="IN"/>\
                    <summary>Cancer Aid Society (IN) joined the registry.</summary></entry></feed>"""))
    public String atom() {
        return feed().atom();
    }

    @GET
    @Path("/organizations.json")
    @Produces(Feed.JSON_FEED)
    @Operation(operationId = "getOrganizationFeedJson",
            summary = "Newly registered and newly associated organisations, as JSON Feed 1.1")
    @APIResponse(responseCode = "200", description = "A JSON Feed 1.1 document, newest first",
            content = @Content(mediaType = Feed.JSON_FEED, schema = @Schema(implementation = JsonFeed.class)))
    public JsonFeed json() {
        return feed().jsonFeed();
    }

    private Feed feed() {
        return new Feed("urn:civicspace:registry:feeds:organizations", "Civic Space: new organisations",
                "Civic Space registry", SELF, feed.latest(ENTRIES).stream()
                        .map(entry -> new Feed.Entry(entry.id(), title(entry), summary(entry),
                                "/api/v1/registry/organizations/" + entry.organizationId(), entry.at(),
                                List.of(entry.kind().name().toLowerCase(), entry.headquartersCountry())))
                        .toList());
    }

    private static String title(RegistryFeed.Entry entry) {
        return switch (entry.kind()) {
            case REGISTERED -> "Registered: " + entry.legalName();
            case ASSOCIATED -> "Associated with DGC: " + entry.legalName();
        };
    }

    private static String summary(RegistryFeed.Entry entry) {
        return entry.legalName() + " (" + entry.headquartersCountry() + ") "
                + (entry.kind() == RegistryFeed.Kind.REGISTERED ? "joined the registry." : "was associated with the "
                        + "UN Department of Global Communications.");
    }
}
