package de.lotse.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * HTTP calls for the reliability tests, which need what {@link Api} does not show: request
 * headers of their own, every response header, raw bytes as the body, and a time limit, so that
 * a request the server lets hang fails the test instead of stalling it.
 */
final class Calls {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration LIMIT = Duration.ofSeconds(20);

    private final String baseUrl;
    private final String authorization;

    Calls(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A JSON body, with further headers as name-value pairs. */
    HttpResponse<String> post(String path, String json, String... headers) {
        return post(path, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8), headers);
    }

    HttpResponse<String> post(String path, BodyPublisher body, String... headers) {
        var request = request(path).header("Content-Type", "application/json").POST(body);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** Any method, content type and body, however broken. */
    HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(LIMIT)
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", authorization);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
