package de.lotse.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lotse's HTTP API as a signed-in user calls it: with the API token the user issued for themselves
 * (as scripts and other systems do), over one shared client that keeps its connections open.
 */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String authorization;

    private Api(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** Signs in with the password once, to issue an API token; every later call carries the token. */
    static Api withToken(String baseUrl, String user, String password) throws IOException, InterruptedException {
        var basic = new Api(
                baseUrl,
                "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        var issued = basic.post("/api/me/tokens", "{\"name\": \"bench\", \"expiresInDays\": 1}");
        if (issued.statusCode() != 201) {
            throw new IllegalStateException(
                    user + " could not issue a token: " + issued.statusCode() + " " + issued.body());
        }
        return new Api(
                baseUrl, "Bearer " + JSON.readTree(issued.body()).get("token").asString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Posts what must create something (201) and answers the {@code id} the answer names. */
    String create(String path, String json) throws IOException, InterruptedException {
        var response = post(path, json);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("id").asString();
    }

    /** The body of a GET that must answer 200, as JSON. */
    JsonNode read(String path) throws IOException, InterruptedException {
        var response = get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
