package org.civicspace.platform.web.feeds;

import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A feed for dashboards, written as Atom (RFC 4287) or as JSON Feed 1.1 from the same entries, so that both formats
 * always say the same thing.
 *
 * @param id    a stable URN naming the feed
 * @param self  the feed's path without the {@code .atom} / {@code .json} suffix
 * @param entries newest first
 */
public record Feed(String id, String title, String author, String self, List<Entry> entries) {

    public static final String ATOM = "application/atom+xml";
    public static final String JSON_FEED = "application/feed+json";

    /** One entry; {@code tags} become Atom categories and JSON Feed tags. */
    public record Entry(String id, String title, String summary, String link, Instant updated, List<String> tags) {
    }

    public String atom() {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(xml, "id", id);
            element(xml, "title", title);
            element(xml, "updated", (entries.isEmpty() ? Instant.EPOCH : entries.get(0).updated()).toString());
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("href", self + ".atom");
            xml.writeStartElement("author");
            element(xml, "name", author);
            xml.writeEndElement();
            for (Entry entry : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", entry.id());
                element(xml, "title", entry.title());
                element(xml, "updated", entry.updated().toString());
                xml.writeEmptyElement("link");
                xml.writeAttribute("href", entry.link());
                for (String tag : entry.tags()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", tag);
                }
                element(xml, "summary", entry.summary());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the Atom feed " + id, e);
        }
    }

    /** This feed as JSON Feed 1.1, typed: what an API operation serving {@link #JSON_FEED} returns. */
    public JsonFeed toJsonFeed() {
        return JsonFeed.of(this);
    }

    /** This feed as JSON Feed 1.1, untyped; prefer {@link #toJsonFeed()}, which the OpenAPI document can describe. */
    public Map<String, Object> jsonFeed() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", "https://jsonfeed.org/version/1.1");
        document.put("title", title);
        document.put("feed_url", self + ".json");
        document.put("authors", List.of(Map.of("name", author)));
        document.put("items", entries.stream().map(entry -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", entry.id());
            item.put("url", entry.link());
            item.put("title", entry.title());
            item.put("content_text", entry.summary());
            item.put("date_published", entry.updated().toString());
            item.put("tags", entry.tags());
            return item;
        }).toList());
        return document;
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }
}
