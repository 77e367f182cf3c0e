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
    @Operation(summary = "Newly registered and newly associated organisations, as Atom")
    public String atom() {
        return feed().atom();
    }

    @GET
    @Path("/organizations.json")
    @Produces(Feed.JSON_FEED)
    @Operation(summary = "Newly registered and newly associated organisations, as JSON Feed 1.1")
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
