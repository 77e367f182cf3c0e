package org.civicspace.notifications.preference.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.notifications.preference.application.MyPreferences;
import org.civicspace.notifications.preference.application.PreferenceDetails;
import org.civicspace.platform.web.http.EntityTags;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/**
 * The caller's own notification preferences: which kinds they get by e-mail, and in which language. There is no
 * path to anyone else's: the person is the caller.
 */
@Path("/api/v1/me/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.NGO_COMMITTEE_MEMBER, Roles.OHCHR_CASE_OFFICER,
        Roles.OHCHR_SUPERVISOR, Roles.PLATFORM_ADMIN })
@SecurityRequirement(name = "keycloak")
@Tag(name = "Notifications", description = "What concerns the caller: in-app notifications, also sent by e-mail")
public class MyPreferencesResource {

    private final MyPreferences preferences;
    private final Caller caller;

    public MyPreferencesResource(MyPreferences preferences, Caller caller) {
        this.preferences = preferences;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getMyNotificationPreferences", summary = "How I hear by e-mail",
            description = "My language and, per kind of notice, whether I get it by e-mail and whether it is "
                    + "mandatory. Someone who chose nothing gets every kind, in English.")
    @APIResponse(responseCode = "200", description = "My preferences; the ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PreferencesView.class)))
    public RestResponse<PreferencesView> read() {
        return versioned(preferences.read(caller.subject()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMyNotificationPreferences", summary = "Choose how I hear by e-mail",
            description = "Replaces my language and my e-mail choices; a kind left out gets e-mail. The in-app inbox "
                    + "keeps every notice whatever I choose. Send If-Match with the ETag I read.")
    @APIResponse(responseCode = "200", description = "Changed; the ETag is the new version",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PreferencesView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named: a language that is not one of the six, "
            + "an unknown kind, or a mandatory kind turned off (nothing is changed)")
    @APIResponse(responseCode = "412", description = "Changed since I read it; the problem names the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<PreferencesView> change(
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag I read", example = "\"3\"")
            String ifMatch, @Valid @NotNull PreferencesRequest request) {
        return versioned(preferences.change(caller.subject(), ifMatch, request.language(), request.choices()));
    }

    private static RestResponse<PreferencesView> versioned(PreferenceDetails details) {
        return ResponseBuilder.ok(PreferencesView.of(details.preferences()))
                .header(HttpHeaders.ETAG, EntityTags.of(details.version())).build();
    }
}
