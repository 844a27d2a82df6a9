package org.crampcare.web;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Posts a body over a plain socket and returns the response as the server wrote it.
 *
 * <p>The server answers 413 to an oversized body before reading it, and java.net.http sometimes
 * loses that race (a broken pipe, or "header parser received no bytes") instead of returning the
 * response; tests of that refusal write the request themselves so they cannot flake.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** The response to one HTTP/1.1 POST of body to url with the given Content-Type. */
    static Response post(String url, String contentType, String body) throws IOException {
        URI uri = URI.create(url);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return Response.of(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** A raw response split at the blank line: the status line with the headers, and the body. */
    record Response(String head, String body) {
        /** Splits raw response text; a response without a blank line is all head. */
        static Response of(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            return end < 0 ? new Response(raw, "") : new Response(raw.substring(0, end), raw.substring(end + 4));
        }

        /** The first line, e.g. "HTTP/1.1 413 Payload Too Large". */
        String statusLine() {
            int end = head.indexOf("\r\n");
            return end < 0 ? head : head.substring(0, end);
        }

        /** The first value of a header, matched case-insensitively as HTTP names are. */
        Optional<String> header(String name) {
            String wanted = name.toLowerCase(Locale.ROOT) + ":";
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith(wanted)) {
                    return Optional.of(line.substring(wanted.length()).trim());
                }
            }
            return Optional.empty();
        }
    }
}
