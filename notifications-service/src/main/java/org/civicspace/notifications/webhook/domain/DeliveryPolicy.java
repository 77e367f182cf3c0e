package org.civicspace.notifications.webhook.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What follows an attempt: any 2xx answer delivers; anything else (another status, no answer in time, a refused
 * address) is a failure, tried again on the {@link RetrySchedule} until its last attempt fails the delivery, which
 * disables the subscription (sustained failure: every attempt of more than a day failed). Redirects are not
 * followed: a 3xx is a failure, so that a receiver cannot send the service on to an address it did not check.
 */
public final class DeliveryPolicy {

    /** The delivery's state after an attempt, and when to try again while it is pending. */
    public record Next(DeliveryStatus status, Optional<Instant> attemptAt) {
    }

    private DeliveryPolicy() {
    }

    /**
     * @param statusCode   the receiver's answer, empty when none came
     * @param failedBefore failed attempts of this delivery before this one (since it was made or last replayed)
     */
    public static Next after(Optional<Integer> statusCode, int failedBefore, Instant now) {
        if (statusCode.isPresent() && statusCode.get() >= 200 && statusCode.get() < 300) {
            return new Next(DeliveryStatus.DELIVERED, Optional.empty());
        }
        return RetrySchedule.waitAfter(failedBefore + 1)
                .map(wait -> new Next(DeliveryStatus.PENDING, Optional.of(now.plus(wait))))
                .orElse(new Next(DeliveryStatus.FAILED, Optional.empty()));
    }
}
