package org.civicspace.e2e;

import java.util.Optional;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * A {@code Location} on a 201 names the new resource on the gateway the client called (its scheme, host and port),
 * absolute, never a service behind it and never a host the client made up in {@code Host} or
 * {@code X-Forwarded-Host}. As a REST Assured filter it checks every 201 of a request specification (every
 * {@link SharedStack#asUser} request); {@link #offTheGateway} is the same check for other clients.
 */
public final class LocationOnTheGateway implements Filter {

    private final String gateway;

    /** @param gateway the base URL the client calls, e.g. {@code http://127.0.0.1:8080} */
    public LocationOnTheGateway(String gateway) {
        this.gateway = gateway;
    }

    /**
     * Why a 201's {@code Location} does not point at the gateway; empty when it does, when the answer is not a 201,
     * or when it has no {@code Location} (RFC 9110 allows a 201 that names no new address).
     */
    public static Optional<String> offTheGateway(String gateway, int status, String location) {
        if (status != 201 || location == null) {
            return Optional.empty();
        }
        return location.startsWith(gateway + "/api/v1/") ? Optional.empty()
                : Optional.of("Location " + location + " is not on the gateway " + gateway);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
            FilterContext context) {
        Response response = context.next(request, expected);
        offTheGateway(gateway, response.statusCode(), response.header("Location")).ifPresent(problem -> {
            throw new AssertionError(request.getMethod() + " " + request.getURI() + ": " + problem);
        });
        return response;
    }
}
