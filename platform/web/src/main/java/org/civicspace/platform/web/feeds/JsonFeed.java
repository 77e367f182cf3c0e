package org.civicspace.platform.web.feeds;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A feed as a JSON Feed 1.1 document (https://jsonfeed.org/version/1.1), the typed twin of the Atom one. */
@Schema(name = "JsonFeed", description = "A JSON Feed 1.1 document, newest item first")
public record JsonFeed(
        @Schema(examples = "https://jsonfeed.org/version/1.1") String version,
        @Schema(examples = "Civic Space: organisations") String title,
        @JsonProperty("feed_url") @Schema(examples = "/api/v1/registry/feeds/organizations.json") String feedUrl,
        List<Author> authors,
        List<Item> items) {

    /** Who publishes the feed. */
    @Schema(name = "JsonFeedAuthor")
    public record Author(@Schema(examples = "UN Department of Global Communications") String name) {
    }

    /** One entry of the feed. */
    @Schema(name = "JsonFeedItem")
    public record Item(
            @Schema(examples = "urn:civicspace:organization:7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d:3") String id,
            @Schema(examples = "/api/v1/registry/organizations/7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d") String url,
            @Schema(examples = "Cancer Aid Society registered") String title,
            @JsonProperty("content_text") @Schema(examples = "A national NGO in India, working on health.")
            String contentText,
            @JsonProperty("date_published") Instant datePublished,
            List<String> tags) {
    }
}
