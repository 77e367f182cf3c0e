package org.civicspace.events.registration.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicspace.events.registration.application.Invitation;
import org.civicspace.events.registration.application.NewRegistration;
import org.civicspace.events.registration.application.Registration;
import org.civicspace.events.registration.domain.RegistrationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registrations, invitations and check-ins as the API takes and shows them. */
public final class RegistrationViews {

    private RegistrationViews() {
    }

    @Schema(name = "RegistrationRequest")
    public record RegistrationRequest(
            @NotNull @Schema(description = "The person, as a representative in the registry") UUID representativeId,
            @NotBlank @Size(max = 200) @Schema(example = "Amina Diallo") String fullName,
            @NotBlank @Email @Size(max = 254) @Schema(example = "amina@example.org") String email,
            @Size(max = 64) @Schema(description = "Required for invitation-only events; bound to the e-mail address",
                    example = "INV-7RKD2P") String invitationCode) {

        /** The registration as the application takes it. */
        public NewRegistration registration() {
            return new NewRegistration(representativeId, fullName, email, invitationCode);
        }
    }

    @Schema(name = "EventRegistration")
    public record RegistrationView(
            UUID id,
            UUID eventId,
            UUID organizationId,
            UUID representativeId,
            @Schema(description = "The name entered, for staff and the registrant's own organisation; for the leading "
                    + "organisation only when the person chose in the registry to be named, null (not named) "
                    + "otherwise", nullable = true, example = "Amina Diallo") String fullName,
            @Schema(example = "waitlisted") RegistrationStatus status,
            @Schema(description = "Takes a youth-share seat") boolean youth,
            @Schema(description = "Place on the waiting list, 1 first; absent unless waitlisted", example = "2")
            Integer waitlistPosition,
            @Schema(description = "For the QR badge; shown to the organisation and staff only", example = "K7Q2M9XD")
            String checkInCode,
            Instant statusChangedAt) {

        public static RegistrationView of(Registration r) {
            return new RegistrationView(r.id(), r.eventId(), r.organizationId(), r.representativeId(), r.fullName(),
                    r.status(), r.youth(), r.waitlistPosition(), r.checkInCode(), r.statusChangedAt());
        }
    }

    @Schema(name = "Invitation")
    public record InvitationRequest(@NotBlank @Email @Size(max = 254) @Schema(example = "amina@example.org")
            String email) {
    }

    @Schema(name = "InvitationCode")
    public record InvitationView(UUID id, @Schema(example = "amina@example.org") String email,
            @Schema(description = "Given with the registration", example = "INV-7RKD2P") String code) {

        public static InvitationView of(Invitation invitation) {
            return new InvitationView(invitation.id(), invitation.email(), invitation.code());
        }
    }

    @Schema(name = "CheckIn")
    public record CheckIn(@NotBlank @Size(max = 64) @Schema(example = "K7Q2M9XD") String checkInCode) {
    }
}
