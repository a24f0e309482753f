package de.lotse.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Lotse's web UI as a coach's browser uses it: signed in once through the login form, then every
 * page asked for with the session's cookie, over one client that keeps its connections open.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager())
            .build();

    private Browser(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A browser nobody has signed in with, as on the login page, for what Lotse serves to anyone. */
    static Browser anonymous(String baseUrl) {
        return new Browser(baseUrl);
    }

    /** Opens the login page and signs in with its form, as a person does. */
    static Browser signedIn(String baseUrl, String user, String password) throws IOException, InterruptedException {
        var browser = anonymous(baseUrl);
        var login = browser.get("/login");
        var csrf = CSRF.matcher(login.body());
        if (login.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException("the login page has no form to sign in with: " + login.statusCode());
        }
        var form = "username=" + encoded(user) + "&password=" + encoded(password) + "&_csrf=" + encoded(csrf.group(1));
        var signIn = browser.http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        var landing = signIn.headers().firstValue("Location").orElse("");
        if (signIn.statusCode() != 302 || landing.contains("/login")) {
            throw new IllegalStateException(user + " could not sign in: " + signIn.statusCode() + " to " + landing);
        }
        return browser;
    }

    /** A page as the browser receives it, the whole HTML read. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
