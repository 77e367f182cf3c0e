package org.civicspace.events.feed.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicspace.events.Fixtures.API;
import static org.civicspace.events.Fixtures.aBriefing;
import static org.civicspace.events.Fixtures.aDraftEvent;
import static org.civicspace.events.Fixtures.aPublishedEvent;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.io.StringReader;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;

/** The calendars parse and validate with ical4j, a real calendar library; the feeds list upcoming events only. */
@QuarkusTest
class CalendarFeedsTest {

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void writesOneEventAsAValidICalendarObject() throws Exception {
        Map<String, Object> details = aBriefing(30);
        details.put("titles", Map.of("en", "Peace, security; and \\ youth: a very long title that must be folded "
                + "because it is longer than seventy-five octets — with a dash"));
        UUID event = aPublishedEvent(details);

        String ics = given().get(API + "/feeds/events/" + event + ".ics").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();

        assertThat(ics).contains("\r\n ").doesNotContain("\n\n");
        Calendar calendar = parse(ics);
        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        VEvent vevent = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(vevent.getSummary().getValue()).startsWith("Peace, security; and \\ youth").endsWith("with a dash");
        assertThat(vevent.getUid().orElseThrow().getValue()).isEqualTo(event + "@civicspace.org");
        assertThat(vevent.getLocation().getValue()).isEqualTo("Conference Room 4, UN Headquarters, New York");
    }

    @Test
    void listsUpcomingPublishedEventsInTheCalendarAndFeedsButNotDrafts() throws Exception {
        UUID published = aPublishedEvent(aBriefing(30));
        UUID draft = aDraftEvent(aBriefing(30));

        String ics = given().get(API + "/feeds/upcoming.ics").then().statusCode(200).extract().asString();
        Calendar calendar = parse(ics);
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(calendar.getComponents("VEVENT")).extracting(c -> ((VEvent) c).getUid().orElseThrow().getValue())
                .contains(published + "@civicspace.org").doesNotContain(draft + "@civicspace.org");
        given().get(API + "/feeds/events/" + draft + ".ics").then().statusCode(404);

        given().get(API + "/feeds/upcoming.atom").then().statusCode(200)
                .body(containsString("href=\"/api/v1/events/events/" + published + "\""));
        given().get(API + "/feeds/upcoming.json").then().statusCode(200).contentType("application/feed+json")
                .body("version", equalTo("https://jsonfeed.org/version/1.1"))
                .body("feed_url", equalTo(API + "/feeds/upcoming.json"))
                .body("authors[0].name", equalTo("Civic Space events"))
                .body("items.find { it.url == '/api/v1/events/events/" + published + "' }.content_text",
                        containsString("Conference Room 4"))
                .body("items.date_published", everyItem(notNullValue()))
                .body("items.url", hasItem("/api/v1/events/events/" + published))
                .body(not(containsString(draft.toString())));
    }
}
