package org.civicspace.gateway;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;

/**
 * The gateway owns what a service is told about the client: the client's own forwarding headers never pass, and the
 * gateway writes the address it saw, with the scheme, host and port the client called. Behind proxies that the
 * configuration trusts (an ingress), the client is the right-most hop of their {@code X-Forwarded-For} that is not
 * itself a trusted proxy; anything malformed there is ignored, never an error. Called directly, a {@code Host} that
 * is not one of the gateway's public names is replaced by the first of them.
 */
final class Forwarding {

    /** Headers a client could use to speak for someone else; removed before the gateway writes its own. */
    static final Set<String> CLIENT_HEADERS = Set.of("forwarded", "x-forwarded-for", "x-forwarded-host",
            "x-forwarded-proto", "x-forwarded-port", "x-forwarded-prefix", "x-forwarded-server", "x-real-ip",
            "x-client-ip", "true-client-ip", "client-ip");
    private static final Pattern AUTHORITY = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]{1,44}");
    private static final int MAX_HOPS = 20;

    private final List<Cidr> trusted;
    private final List<String> publicHosts;

    Forwarding(Optional<List<String>> trustedProxies, List<String> publicHosts) {
        this.trusted = trustedProxies.orElse(List.of()).stream().map(Cidr::parse).toList();
        this.publicHosts = publicHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    }

    /** Where the request comes from, as the gateway can vouch for it. */
    record Client(String address, String scheme, String authority) {

        String port() {
            int colon = authority.lastIndexOf(':');
            return colon > authority.lastIndexOf(']') && colon >= 0 ? authority.substring(colon + 1)
                    : "https".equals(scheme) ? "443" : "80";
        }
    }

    Client clientOf(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? "0.0.0.0" : request.remoteAddress().hostAddress();
        String scheme = request.scheme() == null ? "http" : request.scheme();
        String authority = request.authority() == null ? "" : request.authority().toString();
        if (!isTrusted(peer)) {
            return new Client(peer, scheme, publicAuthority(authority, request.localAddress().port()));
        }
        String address = rightMostUntrusted(request.headers().getAll("X-Forwarded-For")).orElse(peer);
        String proto = last(request.headers().getAll("X-Forwarded-Proto")).map(p -> p.toLowerCase(Locale.ROOT))
                .filter(p -> p.equals("http") || p.equals("https")).orElse(scheme);
        String host = last(request.headers().getAll("X-Forwarded-Host")).flatMap(Forwarding::validAuthority)
                .or(() -> validAuthority(authority)).orElse(request.localAddress().hostAddress());
        return new Client(address, proto, host);
    }

    /** Replaces every forwarding header of the client's with the gateway's own account of it. */
    static void write(Client client, MultiMap headers) {
        CLIENT_HEADERS.forEach(headers::remove);
        headers.set("X-Forwarded-For", client.address());
        headers.set("X-Forwarded-Proto", client.scheme());
        headers.set("X-Forwarded-Host", client.authority());
        headers.set("X-Forwarded-Port", client.port());
    }

    private Optional<String> rightMostUntrusted(List<String> headers) {
        List<String> hops = headers.stream().flatMap(h -> java.util.Arrays.stream(h.split(","))).map(String::trim)
                .toList();
        for (int i = hops.size() - 1; i >= 0 && i >= hops.size() - MAX_HOPS; i--) {
            Optional<String> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                return Optional.empty();
            }
            if (!isTrusted(hop.get())) {
                return hop;
            }
        }
        return Optional.empty();
    }

    private boolean isTrusted(String address) {
        return literal(address).flatMap(Forwarding::bytes).map(b -> trusted.stream().anyMatch(c -> c.contains(b)))
                .orElse(false);
    }

    private static Optional<String> last(List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = values.get(values.size() - 1).split(",");
        return Optional.of(parts[parts.length - 1].trim());
    }

    /**
     * The {@code Host} the client named if its name is one of the gateway's public names; otherwise (a name the
     * client made up, a malformed or missing one) the first public name on the port the client connected to. So no
     * address a service builds from it points anywhere but at the gateway.
     */
    private String publicAuthority(String authority, int localPort) {
        return validAuthority(authority).filter(a -> publicHosts.contains(hostOf(a).toLowerCase(Locale.ROOT)))
                .orElse(publicHosts.get(0) + ":" + localPort);
    }

    private static String hostOf(String authority) {
        int end = authority.startsWith("[") ? authority.indexOf(']') + 1 : authority.indexOf(':');
        return end <= 0 ? authority : authority.substring(0, end);
    }

    private static Optional<String> validAuthority(String authority) {
        return AUTHORITY.matcher(authority).matches() ? Optional.of(authority) : Optional.empty();
    }

    /** An IP address as written in a header, without brackets; empty unless it is one. */
    private static Optional<String> literal(String value) {
        String plain = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        return bytes(plain).isPresent() ? Optional.of(plain) : Optional.empty();
    }

    private static Optional<byte[]> bytes(String literal) {
        try {
            // a dotted quad or a text with a colon is parsed as a literal: nothing is ever looked up
            return IP_LITERAL.matcher(literal).matches() ? Optional.of(InetAddress.getByName(literal).getAddress())
                    : Optional.empty();
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** A trusted proxy's address or network, as {@code 10.0.0.0/8} or a single address. */
    record Cidr(byte[] network, int bits) {

        static Cidr parse(String text) {
            String[] parts = text.trim().split("/", 2);
            byte[] network = bytes(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                    "civicspace.gateway.trusted-proxies: not an address: " + text));
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            return new Cidr(network, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
