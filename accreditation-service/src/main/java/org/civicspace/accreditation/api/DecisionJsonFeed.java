package org.civicspace.accreditation.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.civicspace.platform.web.feeds.Feed;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The feed of accreditation decisions as JSON Feed 1.1, typed so that the OpenAPI document shows its shape; the same
 * document as {@link Feed#jsonFeed()}.
 */
@Schema(name = "DecisionJsonFeed", description = "A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1)")
public record DecisionJsonFeed(
        @Schema(example = "https://jsonfeed.org/version/1.1") String version,
        @Schema(example = "Civic Space: accreditation decisions") String title,
        @JsonProperty("feed_url") @Schema(example = "/api/v1/accreditation/feeds/decisions.json") String feedUrl,
        List<Author> authors,
        @Schema(description = "Newest first") List<Item> items) {

    /** The feed's author. */
    @Schema(name = "DecisionJsonFeedAuthor")
    public record Author(@Schema(example = "Civic Space accreditation") String name) {
    }

    /** One grant or rejection. */
    @Schema(name = "DecisionJsonFeedItem")
    public record Item(
            @Schema(example = "urn:civicspace:accreditation:decision:3f6b2d1e-9a7c-4e5b-8d2f-1c0a9b8e7d6f:"
                    + "1796112000000") String id,
            @Schema(example = "/api/v1/registry/organizations/7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d") String url,
            @Schema(example = "Granted: Cancer Aid Society") String title,
            @JsonProperty("content_text")
            @Schema(example = "Cancer Aid Society was granted ECOSOC consultative status (special). Meets the minimum "
                    + "requirements; the committee recommended special consultative status.")
            String contentText,
            @JsonProperty("date_published") @Schema(example = "2026-12-01T15:00:00Z") String datePublished,
            @Schema(description = "The outcome, the track and the category",
                    example = "[\"granted\", \"ecosoc\", \"special\"]") List<String> tags) {
    }

    static DecisionJsonFeed of(Feed feed) {
        return new DecisionJsonFeed("https://jsonfeed.org/version/1.1", feed.title(), feed.self() + ".json",
                List.of(new Author(feed.author())),
                feed.entries().stream().map(entry -> new Item(entry.id(), entry.link(), entry.title(), entry.summary(),
                        entry.updated().toString(), entry.tags())).toList());
    }
}
