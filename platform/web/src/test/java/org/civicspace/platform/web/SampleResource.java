package org.civicspace.platform.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.civicspace.platform.web.http.EntityTags;
import org.civicspace.platform.web.paging.Cursor;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;

/** A stand-in service API, used only by the tests of the platform's web conventions. */
@Path("/api/v1/sample")
@Produces(MediaType.APPLICATION_JSON)
public class SampleResource {

    static final long CURRENT_VERSION = 3;
    static final List<Integer> NUMBERS = IntStream.rangeClosed(1, 45).boxed().toList();

    private final Caller caller;

    public SampleResource(Caller caller) {
        this.caller = caller;
    }

    public record NewThing(
            @NotBlank @Size(max = 50) String name,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
            Integer founded,
            List<@NotBlank String> tags) {
    }

    @GET
    @Path("/public")
    @PermitAll
    public String publicRead() {
        return "\"open\"";
    }

    @GET
    @Path("/organizations/{id}")
    @RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER })
    public Response organization(@PathParam("id") UUID id) {
        caller.requireActingFor(id);
        return Response.ok("{\"id\":\"" + id + "\"}").header(HttpHeaders.ETAG, EntityTags.of(CURRENT_VERSION)).build();
    }

    @POST
    @Path("/things")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response create(@Valid @NotNull NewThing thing) {
        return Response.status(201).entity(thing).build();
    }

    @PUT
    @Path("/things/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NewThing thing) {
        EntityTags.requireMatch(ifMatch, CURRENT_VERSION);
        return Response.noContent().build();
    }

    @GET
    @Path("/numbers")
    @PermitAll
    public Page<Integer> numbers(@Valid @BeanParam PageRequest page) {
        int after = Cursor.decode(page.cursor(), 1).map(c -> parse(c.key(0))).orElse(0);
        List<Integer> rows = NUMBERS.stream().filter(n -> n > after).limit(page.limit() + 1L).toList();
        return Page.of(rows, page.limit(), n -> n, n -> Cursor.after(Integer.toString(n)));
    }

    /** A kind of thing, spelled on the wire by its code. */
    public enum Shade {
        DEEP_BLUE, PALE_GREEN;

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return org.civicspace.platform.web.json.WireCodes.of(this);
        }
    }

    @GET
    @Path("/shades")
    @PermitAll
    public Shade shade(@QueryParam("shade") Shade shade) {
        return shade;
    }

    @POST
    @Path("/shades")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Shade echoShade(@NotNull Shade shade) {
        return shade;
    }

    @GET
    @Path("/boom")
    @PermitAll
    public String boom() {
        throw new IllegalStateException("secret internal detail at db.internal:5432");
    }

    private static int parse(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw org.civicspace.platform.web.problem.ProblemException.invalid("cursor", "is not a cursor this list issued");
        }
    }
}
