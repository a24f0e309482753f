package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Lotse behind an identity provider that a test starts ({@link TestIdentityProvider}), with
 * passwords switched off: people sign in at the provider, their accounts open at the first sign-in
 * and follow the provider's roles, recorded by Lotse itself; a disabled account stays shut whatever
 * the provider says; and tokens the provider issued to another application, or for someone without
 * a Lotse role, are refused.
 */
@LotseApplicationTest
class SingleSignOnTest {

    private static final TestIdentityProvider provider = TestIdentityProvider.start();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void signInAtTheProvider(DynamicPropertyRegistry settings) {
        settings.add("lotse.oidc.issuer-uri", provider::issuer);
        settings.add("lotse.oidc.client-id", () -> TestIdentityProvider.CLIENT_ID);
        settings.add("lotse.oidc.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        settings.add("lotse.local-sign-in", () -> "false");
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @Test
    void aPersonOfTheProviderWorksThroughTheApiWithTheProvidersRoles() {
        provider.person("ada", "Ada Admin", "ADMIN");
        provider.person("kai", "Kai Sommer", "COACH", "offline_access");
        var admin = api().withToken(provider.accessTokenFor("ada"));

        // 1. The first request with a provider token opens the account, with the Lotse roles only.
        var kai = api().withToken(provider.accessTokenFor("kai"));
        var me = kai.get("/api/me").ok();
        assertThat(me.get("username").asString()).isEqualTo("kai");
        assertThat(me.get("displayName").asString()).isEqualTo("Kai Sommer");
        assertThat(me.get("roles").toString()).isEqualTo("[\"COACH\"]");
        assertThat(me.get("mustChangePassword").asBoolean()).isFalse();
        assertThat(kai.get("/api/caseload").status()).isEqualTo(200);
        assertThat(admin.get("/api/admin/accounts/kai").json().get("lastSignIn").isNull())
                .isFalse();

        // 2. Lotse opened it itself: the person may not manage accounts.
        await().untilAsserted(() -> assertThat(admin.get("/api/audit/events?type=AccountOpened&user=system")
                        .json()
                        .get("items")
                        .toString())
                .contains("\"account\":\"kai\""));

        // 3. The provider makes kai a team lead too: the next request brings the account in line.
        provider.person("kai", "Kai Sommer", "COACH", "TEAM_LEAD");
        var promoted = api().withToken(provider.accessTokenFor("kai")).get("/api/me");
        assertThat(promoted.json().get("roles").toString()).contains("COACH", "TEAM_LEAD");
        await().untilAsserted(() -> assertThat(admin.get("/api/audit/events?type=RolesChanged&user=system")
                        .json()
                        .get("items")
                        .toString())
                .contains("\"account\":\"kai\""));

        // 4. Lotse's own API tokens work beside the provider's; passwords do not, as switched off.
        var issued = kai.post("/api/me/tokens", "{\"name\": \"export\", \"expiresInDays\": 1}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        var script = kai.withToken(issued.json().get("token").asString());
        assertThat(script.get("/api/caseload").status()).isEqualTo(200);
        var password = api().as("admin").get("/api/me");
        assertThat(password.status()).isEqualTo(401);
        assertThat(password.header("WWW-Authenticate")).startsWith("Bearer");

        // 5. Disabled in Lotse, kai is refused with a valid provider token, and so are kai's own tokens.
        assertThat(admin.post("/api/admin/accounts/kai/disable", null).status()).isEqualTo(204);
        assertThat(api().withToken(provider.accessTokenFor("kai"))
                        .get("/api/me")
                        .status())
                .isEqualTo(401);
        assertThat(script.get("/api/caseload").status()).isEqualTo(401);
    }

    @Test
    void refusesTokensForAnotherApplicationOrWithoutALotseRole() {
        provider.person("ole", "Ole Other", "COACH");
        provider.person("nina", "Nina Nobody", "offline_access");

        var forAnotherApplication = provider.accessTokenFor("ole", TestIdentityProvider.OTHER_CLIENT_ID);
        assertThat(api().withToken(forAnotherApplication).get("/api/me").status())
                .isEqualTo(401);
        assertThat(api().withToken(provider.accessTokenFor("nina"))
                        .get("/api/me")
                        .status())
                .isEqualTo(401);
        assertThat(api().withToken("not.a.token").get("/api/me").status()).isEqualTo(401);

        provider.person("ada", "Ada Admin", "ADMIN");
        var admin = api().withToken(provider.accessTokenFor("ada"));
        assertThat(admin.get("/api/admin/accounts/ole").status()).isEqualTo(404);
        assertThat(admin.get("/api/admin/accounts/nina").status()).isEqualTo(404);
    }

    @Test
    void signsInToThePagesAtTheProvider() {
        provider.person("lena", "Lena Lead", "TEAM_LEAD");
        var browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        // 1. The login page offers the provider and, with passwords switched off, no password field.
        var login = get(browser, lotse("/login"));
        assertThat(login.body()).contains("/oauth2/authorization/sso").doesNotContain("type=\"password\"");

        // 2. Its button leads to the provider's login form, which sends the person back signed in.
        var providerForm = get(browser, lotse("/oauth2/authorization/sso"));
        assertThat(providerForm.uri().toString()).startsWith(provider.issuer() + "/login");
        var csrf = CSRF.matcher(providerForm.body());
        assertThat(csrf.find()).as(providerForm.body()).isTrue();
        var caseload = post(
                browser,
                providerForm.uri(),
                "username=lena&password=" + TestIdentityProvider.PASSWORD + "&_csrf=" + encoded(csrf.group(1)));
        assertThat(caseload.statusCode()).as(caseload.body()).isEqualTo(200);
        assertThat(caseload.uri().toString()).isEqualTo(lotse("/caseload").toString());

        // 3. The account was opened with the provider's role, and the session ends when it is disabled.
        provider.person("ada", "Ada Admin", "ADMIN");
        var admin = api().withToken(provider.accessTokenFor("ada"));
        assertThat(admin.get("/api/admin/accounts/lena").json().get("roles").toString())
                .isEqualTo("[\"TEAM_LEAD\"]");
        assertThat(admin.post("/api/admin/accounts/lena/disable", null).status())
                .isEqualTo(204);
        assertThat(get(browser, lotse("/caseload")).statusCode()).isEqualTo(401);
    }

    private Api api() {
        return new Api("http://127.0.0.1:" + port, "nobody", "no password").anonymous();
    }

    /** Lotse as the browser reaches it: at a loopback address, which the provider accepts on any port. */
    private URI lotse(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> get(HttpClient browser, URI uri) {
        return Api.exchange(
                browser,
                HttpRequest.newBuilder(uri).header("Accept", "text/html").build());
    }

    private static HttpResponse<String> post(HttpClient browser, URI uri, String form) {
        return Api.exchange(
                browser,
                HttpRequest.newBuilder(uri)
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
