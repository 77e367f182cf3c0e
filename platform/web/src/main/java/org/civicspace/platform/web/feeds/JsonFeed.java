package org.civicspace.platform.web.feeds;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A feed as JSON Feed 1.1 (https://jsonfeed.org/version/1.1), typed so that the OpenAPI document shows its shape. */
@Schema(name = "JsonFeed", description = "A JSON Feed 1.1 document")
public record JsonFeed(
        @Schema(example = "https://jsonfeed.org/version/1.1") String version,
        @Schema(example = "Civic Space: upcoming events") String title,
        @JsonProperty("feed_url") @Schema(example = "/api/v1/events/feeds/upcoming.json") String feedUrl,
        List<Author> authors,
        @Schema(description = "Newest first") List<Item> items) {

    /** The feed's author. */
    @Schema(name = "JsonFeedAuthor")
    public record Author(@Schema(example = "Civic Space events") String name) {
    }

    /** One entry of the feed. */
    @Schema(name = "JsonFeedItem")
    public record Item(
            @Schema(example = "urn:civicspace:events:event:5b0e7c1e-8f7a-4d2b-9a51-0c3f6de2a9b4:3") String id,
            @Schema(example = "/api/v1/events/events/5b0e7c1e-8f7a-4d2b-9a51-0c3f6de2a9b4") String url,
            @Schema(example = "Civil Society Briefing: Climate Action and the SDGs") String title,
            @JsonProperty("content_text")
            @Schema(example = "Civil Society Briefing: Climate Action and the SDGs, 2027-03-10T15:00:00Z "
                    + "(America/New_York), Conference Room 4, UN Headquarters") String contentText,
            @JsonProperty("date_published") @Schema(example = "2027-02-01T09:30:00Z") String datePublished,
            @Schema(example = "[\"thematic-briefing\", \"hybrid\"]") List<String> tags) {
    }

    /** The JSON Feed form of {@code feed}: the same entries as its Atom form. */
    static JsonFeed of(Feed feed) {
        return new JsonFeed("https://jsonfeed.org/version/1.1", feed.title(), feed.self() + ".json",
                List.of(new Author(feed.author())),
                feed.entries().stream().map(entry -> new Item(entry.id(), entry.link(), entry.title(), entry.summary(),
                        entry.updated().toString(), entry.tags())).toList());
    }
}
