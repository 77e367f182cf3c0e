package org.civicspace.events.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registrations, invitations and feedback as the API takes and shows them. */
public final class RegistrationViews {

    private RegistrationViews() {
    }

    @Schema(name = "RegistrationRequest")
    public record RegistrationRequest(
            @NotNull @Schema(description = "The person, as a representative in the registry") UUID representativeId,
            @NotBlank @Size(max = 200) @Schema(example = "Amina Diallo") String fullName,
            @NotBlank @Email @Size(max = 254) @Schema(example = "amina@example.org") String email,
            @Size(max = 64) @Schema(description = "Required for invitation-only events; bound to the e-mail address")
            String invitationCode) {
    }

    @Schema(name = "Registration")
    public record RegistrationView(
            UUID id,
            UUID eventId,
            UUID organizationId,
            UUID representativeId,
            @Schema(description = "The name entered, for staff and the registrant's own organisation; for the leading "
                    + "organisation only when the person chose in the registry to be named, null (not named) "
                    + "otherwise", nullable = true, example = "Amina Diallo") String fullName,
            @Schema(example = "waitlisted") String status,
            @Schema(description = "Takes a youth-share seat") boolean youth,
            @Schema(description = "Place on the waiting list, 1 first; absent unless waitlisted") Integer waitlistPosition,
            @Schema(description = "For the QR badge; shown to the organisation and staff only") String checkInCode,
            Instant statusChangedAt) {
    }

    @Schema(name = "Invitation")
    public record InvitationRequest(@NotBlank @Email @Size(max = 254) String email) {
    }

    @Schema(name = "InvitationCode")
    public record InvitationView(UUID id, String email, String code) {
    }

    @Schema(name = "CheckIn")
    public record CheckIn(@NotBlank @Size(max = 64) @Schema(example = "K7Q2M9XD") String checkInCode) {
    }

    @Schema(name = "Feedback")
    public record FeedbackRequest(
            @NotBlank @Size(max = 64) @Schema(description = "The attendee's check-in code proves attendance")
            String checkInCode,
            @NotNull @Min(1) @Max(5) Integer overall,
            @NotNull @Min(1) @Max(5) Integer usefulness,
            @NotNull Boolean wouldRecommend,
            @Size(max = 2000) String comment) {
    }

    @Schema(name = "FeedbackSummary")
    public record FeedbackSummary(UUID eventId, long responses, long attended, Double averageOverall,
            Double averageUsefulness, Double wouldRecommendShare, Map<Integer, Long> overallDistribution) {
    }
}
