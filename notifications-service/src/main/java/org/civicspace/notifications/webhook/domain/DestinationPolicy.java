package org.civicspace.notifications.webhook.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civicspace.platform.domain.Refusal;

/**
 * Where a webhook may be delivered, so that a subscription cannot make the service call into its own network
 * (server-side request forgery): an absolute {@code https} URL without user info or fragment, whose host resolves
 * only to public unicast addresses: no loopback, link-local (cloud metadata at 169.254.169.254), private, shared
 * (100.64/10), unique local (fc00::/7), multicast, reserved or documentation ranges, also when embedded in an IPv6
 * address. Checked when a subscription is made or changed, and again before every attempt (a name may point
 * elsewhere by then). A host that does not resolve and one that resolves to a refused address get the same answer,
 * so that the check tells nobody which internal names exist. {@link Allowance} opens loopback and plain http for the
 * local stack and tests only.
 */
public final class DestinationPolicy {

    /** What a deployment allows beyond public https; both off in production. */
    public record Allowance(boolean loopback, boolean plainHttp) {

        public static final Allowance NONE = new Allowance(false, false);
    }

    static final String NOT_PUBLIC = "must be a public https URL whose host resolves only to public internet addresses";
    private static final int MAX_LENGTH = 2048;

    private DestinationPolicy() {
    }

    /** The URL's own form: scheme, host, no user info or fragment. Empty when it may be resolved and checked. */
    public static Optional<Refusal> checkForm(URI url, Allowance allowance) {
        if (url.toString().length() > MAX_LENGTH) {
            return refuse("is longer than " + MAX_LENGTH + " characters");
        }
        if (!url.isAbsolute() || url.isOpaque() || url.getHost() == null) {
            return refuse("must be an absolute URL with a host");
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowance.plainHttp())) {
            return refuse("must use https");
        }
        if (url.getRawUserInfo() != null || url.getRawFragment() != null) {
            return refuse("must not carry user info or a fragment");
        }
        return Optional.empty();
    }

    /** Whether every address the URL's host resolved to may be called; empty when all may. */
    public static Optional<Refusal> checkAddresses(List<InetAddress> resolved, Allowance allowance) {
        if (resolved.isEmpty() || !resolved.stream().allMatch(address -> mayCall(address, allowance))) {
            return refuse(NOT_PUBLIC);
        }
        return Optional.empty();
    }

    static boolean mayCall(InetAddress address, Allowance allowance) {
        if (address.isLoopbackAddress()) {
            return allowance.loopback();
        }
        if (address instanceof Inet4Address v4) {
            return isPublic(v4.getAddress());
        }
        return isPublic((Inet6Address) address);
    }

    private static boolean isPublic(Inet6Address address) {
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress() || (b[0] & 0xfe) == 0xfc) {
            return false;
        }
        if (startsWith(b, 0x00, 0x64, 0xff, 0x9b) || isV4Compatible(b)) {
            // NAT64 (64:ff9b::/96) and the deprecated IPv4-compatible form carry an IPv4 address in the last 32 bits
            return isPublic(Arrays.copyOfRange(b, 12, 16));
        }
        if (startsWith(b, 0x20, 0x02)) {
            return isPublic(Arrays.copyOfRange(b, 2, 6)); // 6to4 (2002::/16)
        }
        // Teredo (2001::/32) tunnels to addresses that cannot be checked here; documentation (2001:db8::/32)
        return !startsWith(b, 0x20, 0x01, 0x00, 0x00) && !startsWith(b, 0x20, 0x01, 0x0d, 0xb8);
    }

    private static boolean isPublic(byte[] v4) {
        int a = v4[0] & 0xff;
        int b = v4[1] & 0xff;
        int c = v4[2] & 0xff;
        return !(a == 0 || a == 10 || a == 127 || a >= 224 // this network, private, loopback, multicast and reserved
                || (a == 100 && b >= 64 && b <= 127) // shared address space (carrier-grade NAT)
                || (a == 169 && b == 254) // link-local, cloud metadata
                || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168) // private
                || (a == 192 && b == 0 && (c == 0 || c == 2)) // IETF protocol assignments, TEST-NET-1
                || (a == 198 && (b == 18 || b == 19)) // benchmarking
                || (a == 198 && b == 51 && c == 100) || (a == 203 && b == 0 && c == 113)); // TEST-NET-2 and -3
    }

    private static boolean isV4Compatible(byte[] b) {
        for (int i = 0; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] address, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((address[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Refusal> refuse(String message) {
        return Optional.of(new Refusal.Invalid("url", message));
    }
}
