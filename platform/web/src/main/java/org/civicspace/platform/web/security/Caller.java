package org.civicspace.platform.web.security;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.civicspace.platform.web.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, for object-level authorisation: role checks say what kind of user may call an operation; this
 * says whether this user may act on this organisation's records.
 */
@RequestScoped
public class Caller {

    /** The access token claim that binds a CSO representative to their organisation. */
    public static final String ORGANIZATION_CLAIM = "org_id";
    /** The access token claim that binds a committee member to the member State they speak for. */
    public static final String MEMBER_STATE_CLAIM = "member_state";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Whether the caller acts for the UN on any organisation (see {@link Roles#STAFF}). */
    public boolean isStaff() {
        return Roles.STAFF.stream().anyMatch(identity::hasRole);
    }

    /** The user's subject, stable across sessions; "anonymous" when there is no token. */
    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The member State (ISO 3166-1 alpha-2) a committee member speaks for, when the token binds them to one. */
    public Optional<String> memberState() {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object claim = token.getClaim(MEMBER_STATE_CLAIM);
        return Optional.ofNullable(claim).map(c -> c.toString().replace("\"", ""))
                .filter(code -> code.matches("[A-Z]{2}"));
    }

    /** The organisation the caller represents, when the token binds them to one. */
    public Optional<UUID> organizationId() {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object claim = token.getClaim(ORGANIZATION_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the caller represents {@code organizationId} (staff may act on any organisation). */
    public boolean mayActFor(UUID organizationId) {
        return isStaff() || organizationId().filter(organizationId::equals).isPresent();
    }

    /** Refuses with 403 unless the caller {@link #mayActFor may act for} {@code organizationId}. */
    public void requireActingFor(UUID organizationId) {
        if (!mayActFor(organizationId)) {
            throw ProblemException.forbidden("You may act only for the organisation you represent.");
        }
    }
}
