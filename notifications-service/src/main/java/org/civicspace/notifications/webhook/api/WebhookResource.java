package org.civicspace.notifications.webhook.api;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import org.civicspace.notifications.webhook.api.WebhookViews.DeliveryView;
import org.civicspace.notifications.webhook.api.WebhookViews.SubscriptionView;
import org.civicspace.notifications.webhook.api.WebhookViews.SubscriptionWithSecret;
import org.civicspace.notifications.webhook.application.DeliveryLog;
import org.civicspace.notifications.webhook.application.SubscriptionDetails;
import org.civicspace.notifications.webhook.application.Subscriptions;
import org.civicspace.notifications.webhook.domain.DeliveryStatus;
import org.civicspace.platform.web.http.EntityTags;
import org.civicspace.platform.web.paging.Page;
import org.civicspace.platform.web.paging.PageRequest;
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
 * Webhooks for partner systems (client credentials with the {@code webhook-subscriber} role): subscriptions to
 * public event types, each delivery signed per Standard Webhooks, retried for more than a day, in a delivery log the
 * partner reads and can replay from. A partner sees only its own subscriptions.
 */
@Path("/api/v1/notifications/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.WEBHOOK_SUBSCRIBER)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Webhooks", description = "Signed deliveries of public events to partner systems")
public class WebhookResource {

    private static final String NOT_YOURS = "No such subscription, or not yours";

    private final Subscriptions subscriptions;
    private final DeliveryLog deliveries;

    public WebhookResource(Subscriptions subscriptions, DeliveryLog deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribeWebhook", summary = "Subscribe to event types",
            description = "The answer holds the signing secret, shown this once. Each delivery is a POST of the "
                    + "structured CloudEvent with the headers webhook-id, webhook-timestamp and webhook-signature "
                    + "(Standard Webhooks, HMAC-SHA256). Answer 2xx within 10 s; anything else is tried again after "
                    + "5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, after which the subscription is disabled and its "
                    + "contact told.")
    @APIResponse(responseCode = "201", description = "Subscribed; Location is the subscription's address",
            headers = { @Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionWithSecret.class)))
    @APIResponse(responseCode = "400", description = "A URL that is not public https, or an event type one may not "
            + "subscribe to, with the fields named")
    public RestResponse<SubscriptionWithSecret> subscribe(@Valid @NotNull SubscriptionRequest request) {
        Subscriptions.Created created = subscriptions.subscribe(request.toCommand());
        return ResponseBuilder.<SubscriptionWithSecret>created(location(created.subscription()))
                .header(HttpHeaders.ETAG, entityTag(created.subscription())).entity(SubscriptionWithSecret.of(created))
                .build();
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "Your subscriptions, newest first")
    @APIResponse(responseCode = "200", description = "One page of your subscriptions")
    @APIResponse(responseCode = "400", description = "A limit outside 1 to 100, or a cursor this list did not issue")
    public Page<SubscriptionView> list(@Valid @BeanParam PageRequest page) {
        return subscriptions.list(page.limit(), page.cursor()).map(SubscriptionView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "Read a subscription")
    @APIResponse(responseCode = "200", description = "The subscription; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", description = NOT_YOURS)
    public RestResponse<SubscriptionView> get(@PathParam("id") UUID id) {
        return versioned(subscriptions.read(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeWebhookSubscription", summary = "Change a subscription, or enable it again",
            description = "Replaces its URL, event types and contact; status active enables a subscription that was "
                    + "disabled (then replay what it missed from the delivery log). Send If-Match with the ETag.")
    @APIResponse(responseCode = "200", description = "Changed; the ETag is the new version",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named")
    @APIResponse(responseCode = "404", description = NOT_YOURS)
    @APIResponse(responseCode = "412", description = "Changed since you read it; the problem names the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<SubscriptionView> change(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag you read", example = "\"3\"")
            String ifMatch, @Valid @NotNull SubscriptionRequest request) {
        return versioned(subscriptions.change(id, ifMatch, request.toChange()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "End a subscription, with its delivery log")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "404", description = NOT_YOURS)
    public void delete(@PathParam("id") UUID id) {
        subscriptions.remove(id);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret",
            description = "The answer holds the new secret, shown this once. For 24 hours each delivery carries a "
                    + "signature by the new and one by the previous secret, so the receiver can switch over.")
    @APIResponse(responseCode = "200", description = "The subscription and its new secret",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionWithSecret.class)))
    @APIResponse(responseCode = "404", description = NOT_YOURS)
    public RestResponse<SubscriptionWithSecret> rotateSecret(@PathParam("id") UUID id) {
        Subscriptions.Created rotated = subscriptions.rotateSecret(id);
        return ResponseBuilder.ok(SubscriptionWithSecret.of(rotated))
                .header(HttpHeaders.ETAG, entityTag(rotated.subscription())).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log, newest first")
    @APIResponse(responseCode = "200", description = "One page of deliveries (read one for its attempts)")
    @APIResponse(responseCode = "400", description = "A limit outside 1 to 100, a cursor this list did not issue, "
            + "or an unknown status")
    @APIResponse(responseCode = "404", description = NOT_YOURS)
    public Page<DeliveryView> deliveries(@PathParam("id") UUID id,
            @QueryParam("status") @Parameter(description = "Only deliveries in this state") DeliveryStatus status,
            @Valid @BeanParam PageRequest page) {
        return deliveries.list(id, Optional.ofNullable(status), page.limit(), page.cursor()).map(DeliveryView::of);
    }

    @GET
    @Path("/{id}/deliveries/{deliveryId}")
    @Operation(operationId = "getWebhookDelivery", summary = "A delivery with each of its attempts")
    @APIResponse(responseCode = "200", description = "The delivery and its attempts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription or delivery, or not yours")
    public DeliveryView delivery(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return DeliveryView.of(deliveries.read(id, deliveryId));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a delivery again, now",
            description = "With the same webhook-id, so a receiver that has it drops the copy, and a fresh retry "
                    + "schedule.")
    @APIResponse(responseCode = "202", description = "Queued; read the delivery for its attempts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription or delivery, or not yours")
    @APIResponse(responseCode = "409", description = "The subscription is disabled; enable it first")
    public RestResponse<DeliveryView> replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return RestResponse.accepted(DeliveryView.of(deliveries.replay(id, deliveryId)));
    }

    private static RestResponse<SubscriptionView> versioned(SubscriptionDetails subscription) {
        return ResponseBuilder.ok(SubscriptionView.of(subscription)).header(HttpHeaders.ETAG, entityTag(subscription))
                .build();
    }

    private static String entityTag(SubscriptionDetails subscription) {
        return EntityTags.of(subscription.version());
    }

    private static URI location(SubscriptionDetails subscription) {
        return URI.create("/api/v1/notifications/webhooks/" + subscription.id());
    }
}
