package org.civicspace.e2e.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civicspace.e2e.hostile.HostileRequests.Header;

/**
 * HTTP/1.1 over a plain socket, for what {@code java.net.http} refuses to send: a {@code Host} or
 * {@code Content-Length} of the caller's choosing, either twice, a body shorter or longer than declared. The
 * request is written byte for byte as given (a {@code Host} of the server's address is added only when the
 * headers have none, {@code Connection: close} always), then one answer is read.
 */
public final class RawHttp {

    /** What came back: a status, or {@link #CLOSED} when the server closed without one, {@link #SILENT} on none. */
    public record RawAnswer(int status, List<Header> headers, byte[] body) {

        public Optional<String> header(String name) {
            return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
        }
    }

    /** The server closed the connection without answering. */
    public static final int CLOSED = 0;
    /** No answer, and the connection still open, when the wait ended. */
    public static final int SILENT = -1;

    private RawHttp() {
    }

    /**
     * Sends one request and reads one answer.
     *
     * @param closeAfterBody half-close the connection after the body (a client that gives up mid-body) instead of
     *        keeping it open as a slow client would
     */
    public static RawAnswer exchange(URI server, String method, String target, List<Header> headers, byte[] body,
            boolean closeAfterBody, Duration wait) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5_000);
            socket.setSoTimeout((int) wait.toMillis());
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            write(head, method + " " + target + " HTTP/1.1\r\n");
            if (headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Host"))) {
                write(head, "Host: " + server.getHost() + ":" + server.getPort() + "\r\n");
            }
            for (Header header : headers) {
                write(head, header.name() + ": " + header.value() + "\r\n");
            }
            if (body != null && headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Content-Length")
                    || h.name().equalsIgnoreCase("Transfer-Encoding"))) {
                write(head, "Content-Length: " + body.length + "\r\n");
            }
            write(head, "Connection: close\r\n\r\n");
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head.toByteArray());
                if (body != null) {
                    out.write(body);
                }
                out.flush();
                if (closeAfterBody) {
                    socket.shutdownOutput();
                }
            } catch (SocketException e) {
                // the server answered and closed before taking the whole request: its answer may still be there
            }
            try {
                return read(socket.getInputStream());
            } catch (SocketTimeoutException e) {
                return new RawAnswer(SILENT, List.of(), new byte[0]);
            } catch (SocketException e) {
                return new RawAnswer(CLOSED, List.of(), new byte[0]);
            }
        }
    }

    private static RawAnswer read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            return new RawAnswer(CLOSED, List.of(), new byte[0]);
        }
        String[] parts = statusLine.split(" ", 3);
        int status = parts.length > 1 ? Integer.parseInt(parts[1]) : CLOSED;
        List<Header> headers = new ArrayList<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.add(new Header(line.substring(0, Math.max(0, colon)).trim(), line.substring(colon + 1).trim()));
        }
        String length = headers.stream().filter(h -> h.name().equalsIgnoreCase("Content-Length"))
                .map(Header::value).findFirst().orElse(null);
        boolean chunked = headers.stream().anyMatch(h -> h.name().equalsIgnoreCase("Transfer-Encoding")
                && h.value().toLowerCase(Locale.ROOT).contains("chunked"));
        byte[] body;
        if (chunked) {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            for (int size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
                chunks.write(in.readNBytes(size));
                line(in);
            }
            body = chunks.toByteArray();
        } else if (length != null) {
            body = in.readNBytes(Integer.parseInt(length));
        } else {
            body = in.readAllBytes();
        }
        return new RawAnswer(status, headers, body);
    }

    private static int chunkSize(String line) {
        if (line == null || line.isBlank()) {
            return 0;
        }
        int extension = line.indexOf(';');
        return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    /** One line without its CRLF; null at the end of the stream before any byte of it. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
