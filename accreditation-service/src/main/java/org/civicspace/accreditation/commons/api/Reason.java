package org.civicspace.accreditation.commons.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reason for a step; required where the step must be explained. */
@Schema(name = "StepReason")
public record Reason(@NotBlank @Size(max = 4000)
        @Schema(example = "The committee asked for the 2025 financial statements before deciding.") String reason) {
}
