package org.civicspace.events.registration.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicspace.events.registration.domain.RegistrationStatus;
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
            @Size(max = 64) @Schema(description = "Required for invitation-only events; bound to the e-mail address",
                    example = "INV-7RKD2P") String invitationCode) {
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
    }

    @Schema(name = "Invitation")
    public record InvitationRequest(@NotBlank @Email @Size(max = 254) @Schema(example = "amina@example.org")
            String email) {
    }

    @Schema(name = "InvitationCode")
    public record InvitationView(UUID id, @Schema(example = "amina@example.org") String email,
            @Schema(description = "Given with the registration", example = "INV-7RKD2P") String code) {
    }

    @Schema(name = "CheckIn")
    public record CheckIn(@NotBlank @Size(max = 64) @Schema(example = "K7Q2M9XD") String checkInCode) {
    }

    @Schema(name = "Feedback")
    public record FeedbackRequest(
            @NotBlank @Size(max = 64) @Schema(description = "The attendee's check-in code proves attendance",
                    example = "K7Q2M9XD") String checkInCode,
            @NotNull @Min(1) @Max(5) @Schema(example = "4") Integer overall,
            @NotNull @Min(1) @Max(5) @Schema(example = "5") Integer usefulness,
            @NotNull Boolean wouldRecommend,
            @Size(max = 2000) @Schema(description = "Never shown in the public summary",
                    example = "More time for questions from the floor, please.") String comment) {
    }

    @Schema(name = "EventFeedbackComment", description = "One answer to the survey that has a comment; it does not "
            + "say who gave it")
    public record FeedbackComment(
            @Schema(description = "The answer, not the registration") UUID id,
            @Schema(example = "4") int overall,
            @Schema(example = "5") int usefulness,
            boolean wouldRecommend,
            @Schema(example = "More time for questions from the floor, please.") String comment,
            Instant submittedAt) {
    }

    @Schema(name = "FeedbackSummary")
    public record FeedbackSummary(UUID eventId,
            @Schema(example = "42") long responses,
            @Schema(example = "96") long attended,
            @Schema(description = "Absent without responses", example = "4.31") Double averageOverall,
            @Schema(description = "Absent without responses", example = "4.05") Double averageUsefulness,
            @Schema(description = "Share from 0 to 1; absent without responses", example = "0.88")
            Double wouldRecommendShare,
            @Schema(description = "Responses per overall rating, 1 to 5",
                    example = "{\"1\": 0, \"2\": 1, \"3\": 4, \"4\": 18, \"5\": 19}")
            Map<Integer, Long> overallDistribution) {
    }
}
