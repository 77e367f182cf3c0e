package org.civicspace.notifications.notice.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.civicspace.notifications.notice.application.MyNotifications;
import org.civicspace.notifications.notice.application.NotificationItem;
import org.civicspace.notifications.notice.application.Reader;
import org.civicspace.notifications.notice.domain.CaseAlerts;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
import org.civicspace.platform.web.paging.TimeAndId;
import org.civicspace.platform.web.security.Caller;
import org.civicspace.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's in-app notifications: their own, their organisation's and their role's; never anyone else's. */
@Path("/api/v1/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CSO_REPRESENTATIVE, Roles.DGC_OFFICER, Roles.NGO_COMMITTEE_MEMBER, Roles.OHCHR_CASE_OFFICER,
        Roles.OHCHR_SUPERVISOR, Roles.PLATFORM_ADMIN })
@SecurityRequirement(name = "keycloak")
@Tag(name = "Notifications", description = "What concerns the caller: in-app notifications, also sent by e-mail")
public class MyNotificationsResource {

    /** The roles notices are addressed to, as a whole. */
    private static final List<String> ADDRESSED_ROLES = List.of(CaseAlerts.SUPERVISORS);

    private final MyNotifications notifications;
    private final Caller caller;

    public MyNotificationsResource(MyNotifications notifications, Caller caller) {
        this.notifications = notifications;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listMyNotifications", summary = "My notifications, newest first",
            description = "Addressed to me, to the organisation my token binds me to, or to a role I hold.")
    @APIResponse(responseCode = "200", description = "A page of notifications; next reads on")
    @APIResponse(responseCode = "400", description = "limit outside 1 to 100, unread not true or false, or a cursor "
            + "this list did not issue")
    public Page<NotificationView> list(
            @Parameter(description = "true for the unread ones only",
                    schema = @Schema(enumeration = { "true", "false" })) @QueryParam("unread")
            @Pattern(regexp = "true|false", message = "must be true or false") String unread,
            @Valid @BeanParam PageRequest page) {
        Optional<TimeAndId> after = TimeAndId.of(page.cursor());
        List<NotificationItem> rows = notifications.list(reader(), "true".equals(unread), after.map(TimeAndId::at),
                after.map(TimeAndId::id), page.limit() + 1);
        return Page.of(rows, page.limit(), NotificationView::of, n -> TimeAndId.after(n.createdAt(), n.id()));
    }

    @GET
    @Path("/unread-count")
    @Operation(operationId = "countMyUnreadNotifications", summary = "How many of my notifications I have not read")
    @APIResponse(responseCode = "200", description = "The count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnreadCount.class)))
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount(reader()));
    }

    @PUT
    @Path("/{id}/read")
    @Operation(operationId = "markMyNotificationRead", summary = "Mark one of my notifications read",
            description = "For me alone: the other users of my organisation keep theirs unread. Idempotent.")
    @APIResponse(responseCode = "204", description = "Read")
    @APIResponse(responseCode = "404", description = "No such notification of mine")
    public void markRead(@PathParam("id") UUID id) {
        notifications.markRead(reader(), id);
    }

    private Reader reader() {
        return new Reader(caller.subject(), caller.organizationId(),
                ADDRESSED_ROLES.stream().filter(caller::hasRole).toList());
    }
}
