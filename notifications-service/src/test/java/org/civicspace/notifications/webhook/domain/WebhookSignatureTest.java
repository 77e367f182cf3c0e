package org.civicspace.notifications.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

import org.junit.jupiter.api.Test;

/** Signatures checked by the Standard Webhooks reference library, as a partner's receiver checks them. */
class WebhookSignatureTest {

    private static final String BODY = "{\"type\":\"org.civicspace.registry.organization.registered.v1\"}";

    @Test
    void theReferenceLibraryAcceptsWhatWeSign() throws Exception {
        WebhookSecret secret = WebhookSecret.generate();
        WebhookSignature signed = WebhookSignature.sign("msg_1", Instant.now(), BODY, List.of(secret));

        new Webhook(secret.text()).verify(BODY, headers(signed));
    }

    @Test
    void duringARotationEitherSecretVerifies() throws Exception {
        WebhookSecret previous = WebhookSecret.generate();
        WebhookSecret next = WebhookSecret.generate();
        WebhookSignature signed = WebhookSignature.sign("msg_2", Instant.now(), BODY, List.of(next, previous));

        assertThat(signed.signature().split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        new Webhook(previous.text()).verify(BODY, headers(signed));
        new Webhook(next.text()).verify(BODY, headers(signed));
    }

    @Test
    void anotherSecretATamperedBodyOrAnOldTimestampIsRefusedByTheReceiver() {
        WebhookSecret secret = WebhookSecret.generate();
        WebhookSignature signed = WebhookSignature.sign("msg_3", Instant.now(), BODY, List.of(secret));
        WebhookSignature old = WebhookSignature.sign("msg_3", Instant.now().minusSeconds(600), BODY, List.of(secret));

        assertThatThrownBy(() -> new Webhook(WebhookSecret.generate().text()).verify(BODY, headers(signed)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(secret.text()).verify(BODY + " ", headers(signed)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(secret.text()).verify(BODY, headers(old)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void aSecretReadsBackAndNeverPrintsItself() {
        WebhookSecret secret = WebhookSecret.generate();
        assertThat(secret.text()).startsWith("whsec_");
        assertThat(WebhookSecret.parse(secret.text())).isEqualTo(secret);
        assertThat(secret.toString()).doesNotContain(secret.text().substring(6));
    }

    private static Map<String, List<String>> headers(WebhookSignature signed) {
        return Map.of(WebhookSignature.ID, List.of(signed.id()),
                WebhookSignature.TIMESTAMP, List.of(Long.toString(signed.timestamp())),
                WebhookSignature.SIGNATURE, List.of(signed.signature()));
    }
}
