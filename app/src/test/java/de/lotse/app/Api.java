package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for the journey tests: one user (HTTP Basic) or one API token, JSON in,
 * status, headers and JSON out.
 */
final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final @Nullable String authorization;

    private Api(String baseUrl, @Nullable String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    Api(String baseUrl, String user, String password) {
        this(baseUrl, basic(user, password));
    }

    Api as(String otherUser) {
        return as(otherUser, TestEnvironment.PASSWORD);
    }

    Api as(String otherUser, String password) {
        return new Api(baseUrl, basic(otherUser, password));
    }

    Api withToken(String token) {
        return new Api(baseUrl, "Bearer " + token);
    }

    Api anonymous() {
        return new Api(baseUrl, null);
    }

    Response get(String path) {
        return send("GET", path, null);
    }

    Response post(String path, String json) {
        return send("POST", path, json);
    }

    Response put(String path, String json) {
        return send("PUT", path, json);
    }

    Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** Any method, with a JSON body or none. */
    Response send(String method, String path, @Nullable String json) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json, application/problem+json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        var response = exchange(HTTP, request.build());
        return new Response(response.statusCode(), response.body(), response.headers());
    }

    /** A GET whose answer is a file, such as a PDF: the status, the headers and the body's bytes as sent. */
    HttpResponse<byte[]> download(String path) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/pdf, application/problem+json")
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends one request with the given client (its own cookies and redirects), the body as text. */
    static HttpResponse<String> exchange(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    record Response(int status, String body, HttpHeaders headers) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        /**
         * The body of a 200 answer. Any other answer fails as an assertion, not as a missing field, so an
         * {@code await()} keeps polling while a read model has not yet seen what was just written.
         */
        JsonNode ok() {
            assertThat(status).as(this::toString).isEqualTo(200);
            return json();
        }

        String contentType() {
            return header("Content-Type");
        }

        String location() {
            return header("Location");
        }

        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
