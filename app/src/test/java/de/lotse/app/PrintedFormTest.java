package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.json.JsonMapper;

/**
 * The printed ESF+ entry questionnaire, end to end: a coach enrols a participant, corrects an
 * answer and prints the filled-in form in German and Romanian for signature; the text read back
 * from the PDF holds the corrected answers. Another coach is refused, a language the forms are not
 * translated into is a 400, and after erasure there is nothing left to fill in (409). The blank
 * form is open to every role.
 */
@LotseApplicationTest
class PrintedFormTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Test
    void printsTheCorrectedAnswersForSignatureUntilTheDataAreErased() {
        var coach = api("coach1");
        var id = enrolAndCorrectTheLabourStatus(coach);

        var printed = coach.download("/api/participants/" + id + "/intake.pdf?lang=ro");
        assertThat(printed.statusCode()).isEqualTo(200);
        assertThat(printed.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(printed.headers().firstValue("Content-Disposition"))
                .contains("inline; filename=\"esf-intake-form-" + id + "-de-ro.pdf\"");
        assertThat(textOf(printed.body()))
                .contains("ESF+-Eintrittsfragebogen", "Chestionar de intrare FSE+", "Magdalena", "Ionescu")
                .contains("☒ arbeitslos", "☐ langzeitarbeitslos", "☒ șomer", "☐ șomer de lungă durată")
                .contains("RO – Rumänien", "RO – România", "☒ Ich habe den Datenschutzhinweis gelesen");

        assertRefused(api("coach2").download("/api/participants/" + id + "/intake.pdf"), 403, "not-your-caseload");
        assertRefused(api("evaluator").download("/api/participants/" + id + "/intake.pdf"), 403, "forbidden");
        assertRefused(coach.download("/api/participants/" + id + "/intake.pdf?lang=fr"), 400, "invalid-request");

        var erased = api("admin")
                .post(
                        "/api/participants/" + id + "/erasure",
                        "{\"reason\": \"request of the participant\", \"overrideRetention\": true}");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
        await().untilAsserted(() -> assertThat(api("admin")
                        .get("/api/participants/" + id)
                        .ok()
                        .get("erased")
                        .asBoolean())
                .isTrue());
        assertRefused(coach.download("/api/participants/" + id + "/intake.pdf?lang=ro"), 409, "personal-data-erased");
    }

    @Test
    void printsTheBlankFormForEveryRoleInCyrillicArabicOrGermanAlone() {
        var bulgarian = api("evaluator").download("/api/forms/intake.pdf?lang=bg");
        assertThat(bulgarian.statusCode()).isEqualTo(200);
        assertThat(textOf(bulgarian.body())).contains("ESF+-Eintrittsfragebogen", "Въпросник при включване", "☐ жена");

        var arabic = api("housing").download("/api/forms/intake.pdf?lang=ar");
        assertThat(arabic.statusCode()).isEqualTo(200);
        assertThat(textOf(arabic.body())).contains("الاسم الأول");

        var german = api("auditor").download("/api/forms/intake.pdf");
        assertThat(german.statusCode()).isEqualTo(200);
        assertThat(textOf(german.body())).contains("ESF+-Eintrittsfragebogen").doesNotContain("Chestionar");
        assertThat(pageWidths(german.body()))
                .allSatisfy(width ->
                        assertThat(width).isBetween(PDRectangle.A4.getWidth() - 1, PDRectangle.A4.getWidth() + 1));

        assertRefused(api("coach1").download("/api/forms/intake.pdf?lang=xx"), 400, "invalid-request");
        assertThat(api("coach1").anonymous().download("/api/forms/intake.pdf").statusCode())
                .isEqualTo(401);
    }

    private String enrolAndCorrectTheLabourStatus(Api coach) {
        var enrolled = coach.post("/api/participants", JourneyData.intake("Magdalena", "Ionescu"));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        var id = enrolled.json().get("id").asString();
        var corrected = coach.post(
                "/api/participants/" + id + "/corrections",
                "{\"field\": \"labourStatus\", \"value\": \"UNEMPLOYED\", \"reason\": \"typo at intake\"}");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(204);
        // Until the view knows the participant, the read is a 404 problem without the field.
        await().untilAsserted(() -> assertThat(coach.get("/api/participants/" + id)
                        .json()
                        .path("labourStatus")
                        .asString(""))
                .isEqualTo("UNEMPLOYED"));
        return id;
    }

    private static void assertRefused(HttpResponse<byte[]> response, int status, String problem) {
        var body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        assertThat(JSON.readTree(body).get("type").asString()).isEqualTo("urn:lotse:problem:" + problem);
    }

    /** The text as a reader copies it, every line break and run of spaces as one space. */
    private static String textOf(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Float> pageWidths(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            var widths = new ArrayList<Float>();
            document.getPages().forEach(page -> widths.add(page.getMediaBox().getWidth()));
            return widths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Api api(String user) {
        return new Api("http://localhost:" + port, user, TestEnvironment.PASSWORD);
    }
}
