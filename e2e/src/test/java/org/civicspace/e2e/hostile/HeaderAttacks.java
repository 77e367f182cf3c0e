package org.civicspace.e2e.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.civicspace.e2e.hostile.HostileRequests.Expect;
import org.civicspace.e2e.hostile.HostileRequests.Header;
import org.civicspace.e2e.hostile.HostileRequests.HostileRequest;
import org.civicspace.e2e.hostile.HostileRequests.Transport;

/**
 * Hostile headers on an operation's {@linkplain HostileRequests#plain() well-formed request}: forwarding headers
 * that speak for someone else (spoofed, malformed, chains of 100 hops), a foreign or malformed {@code Host}, odd
 * {@code Accept-Language}, a {@code Content-Length} that lies either way, and headers that may appear once given
 * twice ({@code Content-Type}, {@code Authorization}, {@code Content-Length}, {@code If-Match}, {@code Host}).
 * Forwarding headers and a foreign {@code Host} must change nothing for the caller: the gateway alone says who the
 * client is and what it called.
 */
public final class HeaderAttacks {

    static final String CATEGORY = "headers";

    private final HostileRequest plain;
    private final String gatewayAuthority;

    /**
     * @param plain the request to vary
     * @param gatewayAuthority the gateway's {@code host:port}, for a duplicated {@code Host} whose first is real
     */
    public HeaderAttacks(HostileRequest plain, String gatewayAuthority) {
        this.plain = plain;
        this.gatewayAuthority = gatewayAuthority;
    }

    /** The attacks that are answered at once, the plain request first (the answer the spoofed ones must match). */
    public List<HostileRequest> quick() {
        List<HostileRequest> cases = new ArrayList<>();
        cases.add(plain);
        cases.addAll(forwarding());
        cases.addAll(hosts());
        cases.addAll(languages());
        cases.addAll(lengthLies());
        cases.addAll(duplicates());
        return cases;
    }

    /**
     * A body shorter than its {@code Content-Length}, on a connection held open: the server must give up on it with
     * a 4xx or close, not wait forever nor blame a service with a 5xx. Answered only after the gateway's timeout, so
     * these are sent side by side.
     */
    public HostileRequest bodyThatNeverEnds() {
        byte[] body = bodyOrBraces();
        return with("Content-Length " + (body.length + 100) + " for a body of " + body.length + " bytes, held open",
                List.of(new Header("Content-Length", Integer.toString(body.length + 100))), body,
                sendsBody() ? Expect.REFUSED_OR_DROPPED : Expect.ANY_OR_DROPPED, Transport.SOCKET);
    }

    // ---- forwarding: never believed from a client

    private List<HostileRequest> forwarding() {
        List<HostileRequest> cases = new ArrayList<>();
        spoofed(cases, "X-Forwarded-For and X-Real-IP of another address",
                new Header("X-Forwarded-For", "203.0.113.7"), new Header("X-Real-IP", "203.0.113.8"));
        spoofed(cases, "Forwarded of another address, host and scheme",
                new Header("Forwarded", "for=198.51.100.1;host=evil.example;proto=https"));
        spoofed(cases, "X-Forwarded-Host, -Proto and -Port of another site",
                new Header("X-Forwarded-Host", "evil.example"), new Header("X-Forwarded-Proto", "https"),
                new Header("X-Forwarded-Port", "8443"), new Header("X-Forwarded-Prefix", "/evil"));
        spoofed(cases, "X-Forwarded-For of 100 hops", new Header("X-Forwarded-For", hops("203.0.113.", "")));
        spoofed(cases, "Forwarded of 100 hops", new Header("Forwarded", hops("for=198.51.100.", ";proto=https")));
        List<Header> lines = IntStream.rangeClosed(1, 100)
                .mapToObj(i -> new Header("X-Forwarded-For", "192.0.2." + i)).toList();
        cases.add(with("X-Forwarded-For on 100 lines", lines, plain.body(), Expect.AS_WITHOUT_THEM,
                Transport.SOCKET));
        spoofed(cases, "X-Forwarded-For: not-an-ip", new Header("X-Forwarded-For", "not-an-ip"));
        spoofed(cases, "empty forwarding headers", new Header("X-Forwarded-For", ""), new Header("Forwarded", ""),
                new Header("X-Forwarded-Host", ""), new Header("X-Real-IP", ""));
        spoofed(cases, "Forwarded: for=", new Header("Forwarded", "for="));
        spoofed(cases, "garbage in every forwarding header",
                new Header("Forwarded", "for=\"[::1;;by=,,=;host=\"\"; proto=gopher"),
                new Header("X-Forwarded-For", "999.1.1.1, [2001:db8::1]:443, ::ffff:not, %00"),
                new Header("X-Forwarded-Host", "evil.example/../x@y:99999"), new Header("X-Forwarded-Proto", "gopher"),
                new Header("X-Forwarded-Port", "-1"), new Header("X-Real-IP", "' OR 1=1--"));
        spoofed(cases, "X-Forwarded-For of 4,000 characters", new Header("X-Forwarded-For", "x".repeat(4_000)));
        cases.add(with("X-Forwarded-For of 20,000 characters (over the header limit)",
                List.of(new Header("X-Forwarded-For", "1".repeat(20_000))), plain.body(), Expect.ANY,
                Transport.HTTP_CLIENT));
        return cases;
    }

    private void spoofed(List<HostileRequest> cases, String description, Header... headers) {
        cases.add(with(description, List.of(headers), plain.body(), Expect.AS_WITHOUT_THEM, Transport.HTTP_CLIENT));
    }

    private static String hops(String prefix, String suffix) {
        return IntStream.rangeClosed(1, 100).mapToObj(i -> prefix + (i % 250 + 1) + suffix)
                .collect(Collectors.joining(", "));
    }

    // ---- Host

    private List<HostileRequest> hosts() {
        List<HostileRequest> cases = new ArrayList<>();
        cases.add(with("Host: evil.example", List.of(new Header("Host", "evil.example")), plain.body(),
                Expect.AS_WITHOUT_THEM, Transport.SOCKET));
        cases.add(with("Host: evil.example:1 with X-Forwarded-Host: evil.example",
                List.of(new Header("Host", "evil.example:1"), new Header("X-Forwarded-Host", "evil.example")),
                plain.body(), Expect.AS_WITHOUT_THEM, Transport.SOCKET));
        for (String host : List.of("", "a b", "[::1", "127.0.0.1:99999", "evil.example/path?x", "h\u00F4te.example")) {
            cases.add(with("Host: " + HostileRequests.printable(host), List.of(new Header("Host", host)),
                    plain.body(), Expect.ANY, Transport.SOCKET));
        }
        cases.add(with("Host twice, the gateway's and another",
                List.of(new Header("Host", gatewayAuthority), new Header("Host", "evil.example")), plain.body(),
                Expect.ANY, Transport.SOCKET));
        return cases;
    }

    // ---- Accept-Language

    private List<HostileRequest> languages() {
        String manyQualities = IntStream.range(0, 300).mapToObj(i -> "x" + (char) ('a' + i % 26) + "-" + i
                + ";q=0." + (i % 1000)).collect(Collectors.joining(", "));
        List<HostileRequest> cases = new ArrayList<>();
        for (String language : List.of("*", "ar-EG, he;q=0.9, fa-IR;q=0.8, ur-PK;q=0.7, yi;q=0.6, dv;q=0.5",
                "en-US;q=abc, ;;, -x-, q=2, fr;q=-1, de;q=1.5", manyQualities, "\u202Ear\u202C",
                "x-" + "a".repeat(4_000))) {
            cases.add(with("Accept-Language: " + HostileRequests.printable(language),
                    List.of(new Header("Accept-Language", language)), plain.body(), Expect.ANY, Transport.SOCKET));
        }
        return cases;
    }

    // ---- Content-Length lies and duplicated headers

    private List<HostileRequest> lengthLies() {
        byte[] body = bodyOrBraces();
        List<HostileRequest> cases = new ArrayList<>();
        cases.add(with("Content-Length " + (body.length + 100) + " for a body of " + body.length
                + " bytes, then the client closes", List.of(new Header("Content-Length",
                        Integer.toString(body.length + 100))), body, Expect.ANY_OR_DROPPED,
                Transport.SOCKET_THEN_CLOSE));
        cases.add(with("Content-Length " + body.length / 2 + " for a body of " + body.length + " bytes",
                List.of(new Header("Content-Length", Integer.toString(body.length / 2))), body, Expect.ANY,
                Transport.SOCKET));
        for (String length : List.of("-1", "abc", "1e3", " " + body.length, "99999999999999999999")) {
            cases.add(with("Content-Length: " + length, List.of(new Header("Content-Length", length)), body,
                    Expect.ANY, Transport.SOCKET));
        }
        cases.add(with("Content-Length twice, equal", List.of(new Header("Content-Length",
                Integer.toString(body.length)), new Header("Content-Length", Integer.toString(body.length))), body,
                Expect.ANY, Transport.SOCKET));
        cases.add(with("Content-Length twice, different", List.of(new Header("Content-Length",
                Integer.toString(body.length)), new Header("Content-Length", "1")), body, Expect.ANY,
                Transport.SOCKET));
        cases.add(with("Content-Length and Transfer-Encoding: chunked", List.of(new Header("Content-Length",
                Integer.toString(body.length)), new Header("Transfer-Encoding", "chunked")), body, Expect.ANY,
                Transport.SOCKET));
        return cases;
    }

    private List<HostileRequest> duplicates() {
        List<HostileRequest> cases = new ArrayList<>();
        cases.add(with("Content-Type twice, JSON and text", List.of(new Header("Content-Type", "application/json"),
                new Header("Content-Type", "text/plain")), plain.body(), Expect.ANY, Transport.HTTP_CLIENT));
        cases.add(with("Content-Type twice, text and JSON", List.of(new Header("Content-Type", "text/plain"),
                new Header("Content-Type", "application/json")), plain.body(), Expect.ANY, Transport.HTTP_CLIENT));
        // sent by java.net.http the garbage comes before the caller's token; on the socket, after it
        cases.add(with("Authorization twice, garbage first", List.of(new Header("Authorization",
                "Bearer not-a-token")), plain.body(), Expect.ANY, Transport.HTTP_CLIENT));
        cases.add(with("Authorization twice, garbage second", List.of(new Header("Authorization",
                "Bearer not-a-token")), plain.body(), Expect.ANY, Transport.SOCKET));
        cases.add(with("If-Match twice", List.of(new Header("If-Match", "\"1\""), new Header("If-Match", "*")),
                plain.body(), Expect.ANY, Transport.HTTP_CLIENT));
        return cases;
    }

    // ---- building

    /** The plain request's headers (its content type) with these added, the Content-Type ones replacing it. */
    private HostileRequest with(String description, List<Header> added, byte[] body, Expect expect,
            Transport transport) {
        boolean replacesContentType = added.stream().anyMatch(h -> h.name().equalsIgnoreCase("Content-Type"));
        List<Header> headers = new ArrayList<>(plain.headers().stream()
                .filter(h -> !replacesContentType || !h.name().equalsIgnoreCase("Content-Type")).toList());
        headers.addAll(added);
        return plain.with(CATEGORY, description, headers, body, expect, transport);
    }

    private boolean sendsBody() {
        return !List.of("GET", "HEAD", "DELETE", "OPTIONS").contains(plain.method());
    }

    private byte[] bodyOrBraces() {
        return plain.body() != null ? plain.body() : "{}".getBytes(StandardCharsets.UTF_8);
    }
}
