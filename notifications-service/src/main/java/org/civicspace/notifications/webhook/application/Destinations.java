package org.civicspace.notifications.webhook.application;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicspace.notifications.webhook.domain.DestinationPolicy;
import org.civicspace.notifications.webhook.domain.DestinationPolicy.Allowance;
import org.civicspace.platform.domain.Refusal;
import org.civicspace.platform.domain.Refused;

/** Resolves a webhook URL's host and holds it to {@link DestinationPolicy}, at subscription and before each attempt. */
@ApplicationScoped
public class Destinations {

    private final Allowance allowance;

    public Destinations(WebhookSettings settings) {
        this.allowance = new Allowance(settings.allowLoopback(), settings.allowPlainHttp());
    }

    /** The URL, if a subscription may name it; else refused on {@code url}. */
    public URI accepted(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw Refused.invalid("url", "is not a URL");
        }
        Optional<Refusal> refusal = DestinationPolicy.checkForm(uri, allowance)
                .or(() -> DestinationPolicy.checkAddresses(resolve(uri.getHost()), allowance));
        if (refusal.isPresent()) {
            throw new Refused(refusal.get());
        }
        return uri;
    }

    /** Why an attempt may not call {@code url} now (its host points elsewhere than it did), or empty. */
    public Optional<String> refusedNow(URI url) {
        return DestinationPolicy.checkForm(url, allowance)
                .or(() -> DestinationPolicy.checkAddresses(resolve(url.getHost()), allowance))
                .map(refusal -> "the host no longer resolves only to public addresses");
    }

    private static List<InetAddress> resolve(String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }
}
