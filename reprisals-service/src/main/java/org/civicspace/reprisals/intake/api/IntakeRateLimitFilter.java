package org.civicspace.reprisals.intake.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.civicspace.reprisals.intake.application.IntakeRateLimiter;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * Applies the per-address limit to every secure-intake request before its body is even read, so neither floods of
 * reports nor guesses of follow-up secrets get through. Behind the gateway the address is the forwarded one.
 */
public class IntakeRateLimitFilter {

    private static final String INTAKE_PATH = "/api/v1/reprisals/intake";

    private final IntakeRateLimiter limiter;

    public IntakeRateLimitFilter(IntakeRateLimiter limiter) {
        this.limiter = limiter;
    }

    @ServerRequestFilter
    public void limit(ContainerRequestContext context, HttpServerRequest request) {
        if (!context.getUriInfo().getPath().startsWith(INTAKE_PATH)) {
            return;
        }
        // the gateway's X-Forwarded-For; a malformed one (only a trusted proxy could send it) leaves no address
        SocketAddress remote = request.remoteAddress();
        String address = remote == null ? "unknown" : remote.hostAddress() != null ? remote.hostAddress()
                : String.valueOf(remote.host());
        if (!limiter.tryAcquire(address)) {
            // the platform's mappers turn this into a 429 problem and keep the Retry-After header
            throw new WebApplicationException(Response.status(429)
                    .header("Retry-After", limiter.retryAfterSeconds(address)).build());
        }
    }
}
