package org.civicspace.registry.organization.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.civicspace.platform.web.feeds.Feed;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The feed of new organisations as JSON Feed 1.1, typed so that the OpenAPI document shows its shape; the same
 * document as {@link Feed#jsonFeed()}.
 */
@Schema(name = "OrganizationJsonFeed", description = "A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1)")
public record OrganizationJsonFeed(
        @Schema(example = "https://jsonfeed.org/version/1.1") String version,
        @Schema(example = "Civic Space: new organisations") String title,
        @JsonProperty("feed_url") @Schema(example = "/api/v1/registry/feeds/organizations.json") String feedUrl,
        List<Author> authors,
        @Schema(description = "Newest first") List<Item> items) {

    /** The feed's author. */
    @Schema(name = "OrganizationJsonFeedAuthor")
    public record Author(@Schema(example = "Civic Space registry") String name) {
    }

    /** One organisation newly registered or newly associated with DGC. */
    @Schema(name = "OrganizationJsonFeedItem")
    public record Item(
            @Schema(example = "urn:civicspace:registry:registered:7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d") String id,
            @Schema(example = "/api/v1/registry/organizations/7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d") String url,
            @Schema(example = "Registered: Cancer Aid Society") String title,
            @JsonProperty("content_text") @Schema(example = "Cancer Aid Society (IN) joined the registry.")
            String contentText,
            @JsonProperty("date_published") @Schema(example = "2026-11-30T09:15:00Z") String datePublished,
            @Schema(description = "registered or associated, and the headquarters country",
                    example = "[\"registered\", \"IN\"]") List<String> tags) {
    }

    static OrganizationJsonFeed of(Feed feed) {
        return new OrganizationJsonFeed("https://jsonfeed.org/version/1.1", feed.title(), feed.self() + ".json",
                List.of(new Author(feed.author())),
                feed.entries().stream().map(entry -> new Item(entry.id(), entry.link(), entry.title(), entry.summary(),
                        entry.updated().toString(), entry.tags())).toList());
    }
}
