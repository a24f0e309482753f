package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The housing commands over HTTP, as a housing officer and the coaches send them: one unit from
 * the property to the move-in and a check, with every kind of refusal on the way (400 for bad
 * values, 404 for unknown ids, 403 for another coach's participant, 409 per housing rule), each of
 * which stores nothing; and the processes that follow: the move-in and a renovation job on the
 * pathway, the participant's other offers withdrawn, an offer past its deadline expired. Offers
 * meant to stay open answer by 2030, since a deadline already past fires at once.
 */
@LotseApplicationTest
class HousingCommandsTest {

    private static final String UNKNOWN = "7f8e9d0c-1b2a-4394-8576-a1b2c3d4e5f6";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api housing;
    private Api coach1;
    private Api coach2;

    @BeforeEach
    void connect() {
        housing = new Api("http://localhost:" + port, "housing", TestEnvironment.PASSWORD);
        coach1 = housing.as("coach1");
        coach2 = housing.as("coach2");
    }

    @Test
    void walksOneUnitFromThePropertyToTheMoveIn() {
        var elena = enrol("Elena", "Popescu");
        var property = created(housing.post("/api/housing/properties", property("PURCHASED")));
        var unit = aUnitIsAddedAndBadValuesAreRefused(property);
        anOccupancyRightIsGrantedOnce(unit);
        var vacancy = aVacancyOpensOnce(unit);
        var offer = aCoachOffersToTheOwnParticipantOnly(vacancy, elena);
        theOfferIsAcceptedOnceAndLetOnce(offer);
        var tenancy = created(housing.post(
                "/api/housing/offers/" + offer + "/tenancy",
                "{\"start\": \"2026-04-01\", \"end\": null, \"rentCold\": 380.00, \"supported\": false}"));
        theTenantMovesInOnceWithinTheTenancy(tenancy);
        theMoveInShowsOnThePathway(elena);
        theOwnCoachChecksTheTenancy(tenancy);
        unknownIdsAreNotFound();
    }

    @Test
    void acceptingOneOfferWithdrawsTheParticipantsOthers() {
        var ioana = enrol("Ioana", "Marin");
        var first = vacancyOfANewUnit();
        var second = vacancyOfANewUnit();
        var kept = created(coach1.post("/api/housing/vacancies/" + first + "/offers", offer(ioana, "2030-03-20")));
        var other = created(coach1.post("/api/housing/vacancies/" + second + "/offers", offer(ioana, "2030-03-20")));

        noContent(housing.post("/api/housing/offers/" + kept + "/accept", "{\"date\": \"2026-03-05\"}"));

        await().atMost(Duration.ofSeconds(30)).until(() -> isClosed(other));
        assertRule(
                housing.post("/api/housing/offers/" + other + "/accept", "{\"date\": \"2026-03-06\"}"),
                "offer-not-open");
    }

    @Test
    void anOfferPastItsDeadlineExpiresAtOnce() {
        var jonas = enrol("Jonas", "Berg");
        var vacancy = vacancyOfANewUnit();
        var offer = created(housing.post(
                "/api/housing/vacancies/" + vacancy + "/offers",
                "{\"participantId\": \"" + jonas
                        + "\", \"offeredOn\": \"2026-01-20\", \"respondBy\": \"2026-01-31\"}"));

        await().atMost(Duration.ofSeconds(60)).until(() -> isClosed(offer));
        assertRule(
                housing.post("/api/housing/offers/" + offer + "/accept", "{\"date\": \"2026-02-01\"}"),
                "offer-not-open");
    }

    @Test
    void aRenovationJobCountsOnTheWorkersPathway() {
        var marco = enrol("Marco", "Rossi");
        var property = created(housing.post("/api/housing/properties", property("MANAGED_FOR_OWNER")));
        var unit = created(housing.post("/api/housing/properties/" + property + "/units", unit(1)));
        var renovation = created(housing.post(
                "/api/housing/properties/" + property + "/renovations",
                "{\"startDate\": \"2026-03-01\", \"plannedEnd\": \"2026-08-31\", \"description\": \"Fenster\","
                        + " \"unitIds\": [\"" + unit + "\"]}"));
        assertRule(
                housing.post("/api/housing/units/" + unit + "/vacancies", "{\"availableFrom\": \"2026-04-01\"}"),
                "unit-in-renovation");
        var worker = "/api/housing/renovations/" + renovation + "/workers";
        assertProblem(
                housing.post(
                        worker,
                        "{\"participantId\": \"" + UNKNOWN + "\", \"from\": \"2026-03-02\", \"hoursPerWeek\": 20}"),
                404,
                "urn:lotse:problem:unknown-participant");

        noContent(housing.post(
                worker, "{\"participantId\": \"" + marco + "\", \"from\": \"2026-03-02\", \"hoursPerWeek\": 19.5}"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(view(marco)
                                .get("situations")
                                .valueStream()
                                .filter(s ->
                                        "EMPLOYED".equals(s.get("situation").asString()))
                                .map(s -> s.get("date").asString() + " "
                                        + s.get("detail").asString())
                                .toList())
                        .containsExactly("2026-03-02 Mallinckrodtstraße 12, 44147 Dortmund"));
    }

    private String aUnitIsAddedAndBadValuesAreRefused(String property) {
        var units = "/api/housing/properties/" + property + "/units";
        assertInvalid(housing.post(units, unit(0)), "rooms");
        assertInvalid(
                housing.post(
                        units,
                        "{\"label\": \"EG\", \"rooms\": 1, \"areaSqm\": 0, \"rentCold\": 1, \"accessible\": true}"),
                "areaSqm");
        assertInvalid(housing.post("/api/housing/properties", property("BORROWED")), "holding");
        assertProblem(
                housing.post("/api/housing/properties/" + UNKNOWN + "/units", unit(2)),
                404,
                "urn:lotse:problem:unknown-property");
        return created(housing.post(units, unit(2)));
    }

    private void anOccupancyRightIsGrantedOnce(String unit) {
        var rights = "/api/housing/units/" + unit + "/occupancy-rights";
        assertInvalid(housing.post(rights, right("2026-03-01", "2026-02-28")), "validUntil");
        created(housing.post(rights, right("2026-03-01", "2031-02-28")));
        storesNothing(
                () -> assertRule(housing.post(rights, right("2031-02-28", "2032-02-28")), "occupancy-right-overlaps"));
    }

    private String aVacancyOpensOnce(String unit) {
        var vacancies = "/api/housing/units/" + unit + "/vacancies";
        var vacancy = created(housing.post(vacancies, "{\"availableFrom\": \"2026-03-01\"}"));
        storesNothing(() -> assertRule(housing.post(vacancies, "{\"availableFrom\": \"2026-03-02\"}"), "vacancy-open"));
        return vacancy;
    }

    private String aCoachOffersToTheOwnParticipantOnly(String vacancy, String participant) {
        var offers = "/api/housing/vacancies/" + vacancy + "/offers";
        storesNothing(() -> assertProblem(
                coach2.post(offers, offer(participant, "2030-03-16")), 403, "urn:lotse:problem:not-your-caseload"));
        assertInvalid(coach1.post(offers, offer(participant, "2026-03-01")), "respondBy");
        assertProblem(
                housing.as("auditor").post(offers, offer(participant, "2030-03-16")),
                403,
                "urn:lotse:problem:forbidden");
        var offer = created(coach1.post(offers, offer(participant, "2030-03-16")));
        storesNothing(() ->
                assertRule(housing.post(offers, offer(participant, "2030-03-16")), "participant-already-offered"));
        return offer;
    }

    private void theOfferIsAcceptedOnceAndLetOnce(String offer) {
        var tenancy = "{\"start\": \"2026-04-01\", \"end\": null, \"rentCold\": 380.00, \"supported\": false}";
        storesNothing(() ->
                assertRule(housing.post("/api/housing/offers/" + offer + "/tenancy", tenancy), "offer-not-accepted"));
        assertInvalid(
                housing.post(
                        "/api/housing/offers/" + offer + "/tenancy",
                        "{\"start\": \"2026-04-01\", \"end\": \"2026-03-31\", \"rentCold\": 380.00, \"supported\": false}"),
                "end");
        noContent(housing.post("/api/housing/offers/" + offer + "/accept", "{\"date\": \"2026-03-05\"}"));
        storesNothing(() -> assertRule(
                housing.post(
                        "/api/housing/offers/" + offer + "/decline",
                        "{\"date\": \"2026-03-06\", \"by\": \"PARTICIPANT\", \"reason\": \"LOCATION\"}"),
                "offer-not-open"));
    }

    private void theTenantMovesInOnceWithinTheTenancy(String tenancy) {
        var moveIn = "/api/housing/tenancies/" + tenancy + "/move-in";
        storesNothing(() -> assertRule(housing.post(moveIn, "{\"date\": \"2026-03-31\"}"), "move-in-outside-tenancy"));
        noContent(housing.post(moveIn, "{\"date\": \"2026-04-02\"}"));
        storesNothing(() -> assertRule(housing.post(moveIn, "{\"date\": \"2026-04-03\"}"), "already-moved-in"));
    }

    private void theMoveInShowsOnThePathway(String participant) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(view(participant)
                                .get("housing")
                                .valueStream()
                                .map(h -> h.get("date").asString() + " "
                                        + h.get("situation").asString())
                                .toList())
                        .containsExactly("2026-04-02 OWN_TENANCY"));
    }

    private void theOwnCoachChecksTheTenancy(String tenancy) {
        var checks = "/api/housing/tenancies/" + tenancy + "/checks";
        var check = "{\"date\": \"2026-07-02\", \"status\": \"STABLE\", \"note\": \"settled in\"}";
        storesNothing(() -> assertProblem(coach2.post(checks, check), 403, "urn:lotse:problem:not-your-caseload"));
        assertInvalid(coach1.post(checks, "{\"date\": \"2026-07-02\", \"status\": \"FINE\"}"), "status");
        noContent(coach1.post(checks, check));
    }

    private void unknownIdsAreNotFound() {
        var date = "{\"date\": \"2026-05-01\"}";
        assertProblem(
                housing.post("/api/housing/offers/" + UNKNOWN + "/accept", date),
                404,
                "urn:lotse:problem:unknown-offer");
        assertProblem(
                housing.post("/api/housing/tenancies/" + UNKNOWN + "/move-in", date),
                404,
                "urn:lotse:problem:unknown-tenancy");
        assertProblem(
                housing.post("/api/housing/vacancies/" + UNKNOWN + "/offers", offer(UNKNOWN, "2030-05-10")),
                404,
                "urn:lotse:problem:unknown-vacancy");
        assertProblem(
                housing.post("/api/housing/units/" + UNKNOWN + "/vacancies", "{\"availableFrom\": \"2026-05-01\"}"),
                404,
                "urn:lotse:problem:unknown-unit");
        assertProblem(
                housing.post("/api/housing/renovations/" + UNKNOWN + "/complete", date),
                404,
                "urn:lotse:problem:unknown-renovation");
    }

    private String vacancyOfANewUnit() {
        var property = created(housing.post("/api/housing/properties", property("LEASED")));
        var unit = created(housing.post("/api/housing/properties/" + property + "/units", unit(3)));
        return created(
                housing.post("/api/housing/units/" + unit + "/vacancies", "{\"availableFrom\": \"2026-03-01\"}"));
    }

    private String enrol(String firstName, String lastName) {
        return created(coach1.post("/api/participants", JourneyData.intake(firstName, lastName)));
    }

    private JsonNode view(String participant) {
        return coach1.get("/api/participants/" + participant).ok();
    }

    private boolean isClosed(String offer) {
        return jdbc.sql("SELECT count(*) FROM housing_open_offer WHERE offer_id = CAST(:offer AS uuid)")
                        .param("offer", offer)
                        .query(Integer.class)
                        .single()
                == 0;
    }

    /** Runs a refused request and checks that no event was stored meanwhile. */
    private void storesNothing(Runnable refused) {
        var before = storedEvents();
        refused.run();
        assertThat(storedEvents()).isEqualTo(before);
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var id = response.json().get("id").asString();
        assertThat(response.location()).endsWith("/" + id);
        return id;
    }

    private static void noContent(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(204);
    }

    private static void assertRule(Api.Response response, String rule) {
        assertProblem(response, 409, "urn:lotse:rule:" + rule);
    }

    private static void assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString())
                .as(response.toString())
                .isEqualTo(type);
    }

    private static void assertInvalid(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .as(response.toString())
                .contains(field);
    }

    private static String property(String holding) {
        return """
                {"street": "Mallinckrodtstraße", "houseNumber": "12", "postcode": "44147", "city": "Dortmund",
                 "district": "Nordstadt", "holding": "%s", "owner": "Stiftung Soziale Stadt",
                 "since": "2026-02-01"}""".formatted(holding);
    }

    private static String unit(int rooms) {
        return "{\"label\": \"2. OG links\", \"rooms\": " + rooms
                + ", \"areaSqm\": 54.5, \"rentCold\": 380.00, \"accessible\": false}";
    }

    private static String right(String from, String until) {
        return "{\"grantor\": \"Wohnungsamt Dortmund\", \"kind\": \"OCCUPANCY\", \"validFrom\": \"" + from
                + "\", \"validUntil\": \"" + until + "\"}";
    }

    private static String offer(String participant, String respondBy) {
        return "{\"participantId\": \"" + participant + "\", \"offeredOn\": \"2026-03-02\", \"respondBy\": \""
                + respondBy + "\"}";
    }
}
