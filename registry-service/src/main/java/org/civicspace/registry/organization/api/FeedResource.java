package org.civicspace.registry.organization.api;

import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

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
    @Produces("application/atom+xml")
    @Operation(summary = "Newly registered and newly associated organisations, as Atom")
    public String atom() throws XMLStreamException {
        List<RegistryFeed.Entry> entries = feed.latest(ENTRIES);
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(xml, "id", "urn:civicspace:registry:feeds:organizations");
        element(xml, "title", "Civic Space: new organisations");
        element(xml, "updated", updated(entries).toString());
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", "self");
        xml.writeAttribute("href", SELF + ".atom");
        xml.writeStartElement("author");
        element(xml, "name", "Civic Space registry");
        xml.writeEndElement();
        for (RegistryFeed.Entry entry : entries) {
            xml.writeStartElement("entry");
            element(xml, "id", entry.id());
            element(xml, "title", title(entry));
            element(xml, "updated", entry.at().toString());
            xml.writeEmptyElement("link");
            xml.writeAttribute("href", "/api/v1/registry/organizations/" + entry.organizationId());
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", entry.kind().name().toLowerCase());
            element(xml, "summary", summary(entry));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return text.toString();
    }

    @GET
    @Path("/organizations.json")
    @Produces("application/feed+json")
    @Operation(summary = "Newly registered and newly associated organisations, as JSON Feed 1.1")
    public Map<String, Object> json() {
        List<RegistryFeed.Entry> entries = feed.latest(ENTRIES);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", "https://jsonfeed.org/version/1.1");
        document.put("title", "Civic Space: new organisations");
        document.put("feed_url", SELF + ".json");
        document.put("items", entries.stream().map(entry -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", entry.id());
            item.put("url", "/api/v1/registry/organizations/" + entry.organizationId());
            item.put("title", title(entry));
            item.put("content_text", summary(entry));
            item.put("date_published", entry.at().toString());
            item.put("tags", List.of(entry.kind().name().toLowerCase(), entry.headquartersCountry()));
            return item;
        }).toList());
        return document;
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

    private static Instant updated(List<RegistryFeed.Entry> entries) {
        return entries.isEmpty() ? Instant.EPOCH : entries.get(0).at();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
