package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * One unit's way from the portfolio to a participant's move-in over HTTP, as the housing officer,
 * the coach, an auditor and an evaluator meet it: every step a named use case, refusals tried on
 * the way and checked to store nothing. Dates lie around today, since a unit's status is that of
 * the day asked.
 */
@LotseApplicationTest
class HousingJourneyTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Value("${local.server.port}")
    int port;

    Api housing;
    Api coach;

    @BeforeEach
    void connect() {
        housing = new Api("http://localhost:" + port, "housing", TestEnvironment.PASSWORD);
        coach = housing.as("coach1");
    }

    @Test
    void letsAUnitFromThePortfolioToAParticipantsMoveIn() {
        var property = enterAPropertyWithTwoUnits();
        var unit = property.firstUnit();
        grantAnOccupancyRight(unit);
        var vacancy = openAVacancy(unit);
        var participant = enrolAParticipantOfCoach1();
        var offer = coach1OffersTheVacancyToTheOwnParticipant(vacancy, participant);
        theUnitIsOffered(unit);
        var tenancy = theParticipantAcceptsAndTheTenancyStarts(offer, unit);
        theParticipantMovesIn(tenancy, unit);
        thePathwayShowsTheHousingSituation(participant, offer, tenancy);
        theUnitIsLetAndNamesTheTenantOnlyToWhoMayReadThem(unit, participant);
        theHistoryChainsEveryEventOfTheUnit(unit);
        theHousingReportCountsIt();
        badReadsAreProblems();
    }

    record Property(String id, String firstUnit, String secondUnit) {}

    private Property enterAPropertyWithTwoUnits() {
        var body = """
                {"street": "Mallinckrodtstraße", "houseNumber": "12", "postcode": "44147", "city": "Dortmund",
                 "district": "Nordstadt", "holding": "PURCHASED", "owner": "Stiftung Soziale Stadt", "since": "%s"}""".formatted(TODAY.minusMonths(6));
        assertThat(housing.anonymous().post("/api/housing/properties", body).status())
                .isEqualTo(401);
        var byCoach = coach.post("/api/housing/properties", body);
        assertThat(byCoach.status()).isEqualTo(403);
        assertThat(byCoach.contentType()).startsWith("application/problem+json");
        var id = created(housing.post("/api/housing/properties", body));
        var unit = """
                {"label": "%s", "rooms": %d, "areaSqm": 54.5, "rentCold": 380.00, "accessible": false}""";
        var noRooms = housing.post("/api/housing/properties/" + id + "/units", unit.formatted("EG", 0));
        assertThat(noRooms.status()).as(noRooms.toString()).isEqualTo(400);
        assertThat(noRooms.json().get("errors").toString()).contains("rooms");
        var first = created(housing.post("/api/housing/properties/" + id + "/units", unit.formatted("2. OG links", 2)));
        var second = created(housing.post("/api/housing/properties/" + id + "/units", unit.formatted("DG", 1)));
        var unknownProperty = housing.post(
                "/api/housing/properties/3f1c2d0e-8a53-4c8e-9d7a-3b1f5e2a9c07/units", unit.formatted("EG", 1));
        assertThat(unknownProperty.status()).isEqualTo(404);
        await().untilAsserted(() -> assertThat(housing.get("/api/housing/units?propertyId=" + id)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(2));
        return new Property(id, first, second);
    }

    private void grantAnOccupancyRight(String unit) {
        var right = """
                {"grantor": "Wohnungsamt Dortmund", "kind": "NOMINATION", "validFrom": "%s", "validUntil": "%s"}""";
        var backwards = housing.post(
                "/api/housing/units/" + unit + "/occupancy-rights", right.formatted(TODAY, TODAY.minusDays(1)));
        assertThat(backwards.status()).as(backwards.toString()).isEqualTo(400);
        created(housing.post(
                "/api/housing/units/" + unit + "/occupancy-rights",
                right.formatted(TODAY.minusMonths(1), TODAY.plusDays(60))));
        var stored = historyLength(unit);
        var overlapping = housing.post(
                "/api/housing/units/" + unit + "/occupancy-rights", right.formatted(TODAY, TODAY.plusYears(1)));
        assertThat(overlapping.status()).as(overlapping.toString()).isEqualTo(409);
        assertThat(overlapping.json().get("type").asString()).isEqualTo("urn:lotse:rule:occupancy-right-overlaps");
        assertThat(historyLength(unit)).isEqualTo(stored);
        await().untilAsserted(() -> assertThat(housing.get("/api/housing/occupancy-rights?expiringWithinDays=90")
                        .json()
                        .findValuesAsString("unitId"))
                .containsExactly(unit));
    }

    private String openAVacancy(String unit) {
        var body = "{\"availableFrom\": \"%s\"}".formatted(TODAY.minusDays(10));
        var vacancy = created(housing.post("/api/housing/units/" + unit + "/vacancies", body));
        var again = housing.post("/api/housing/units/" + unit + "/vacancies", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:lotse:rule:vacancy-open");
        return vacancy;
    }

    private String enrolAParticipantOfCoach1() {
        var response = coach.post("/api/participants", JourneyData.intake("Amira", "Haddad"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private String coach1OffersTheVacancyToTheOwnParticipant(String vacancy, String participant) {
        var body = """
                {"participantId": "%s", "offeredOn": "%s", "respondBy": "%s"}""";
        var notTheirs = coach.as("coach2")
                .post(
                        "/api/housing/vacancies/" + vacancy + "/offers",
                        body.formatted(participant, TODAY.minusDays(5), TODAY.plusDays(9)));
        assertThat(notTheirs.status()).as(notTheirs.toString()).isEqualTo(403);
        var backwards = coach.post(
                "/api/housing/vacancies/" + vacancy + "/offers",
                body.formatted(participant, TODAY.minusDays(5), TODAY.minusDays(6)));
        assertThat(backwards.status()).isEqualTo(400);
        return created(coach.post(
                "/api/housing/vacancies/" + vacancy + "/offers",
                body.formatted(participant, TODAY.minusDays(5), TODAY.plusDays(9))));
    }

    private void theUnitIsOffered(String unit) {
        await().untilAsserted(() -> assertThat(housing.get("/api/housing/units/" + unit)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("OFFERED"));
        assertThat(coach.get("/api/housing/units?status=OFFERED&district=Nordstadt")
                        .json()
                        .findValuesAsString("id"))
                .containsExactly(unit);
    }

    private String theParticipantAcceptsAndTheTenancyStarts(String offer, String unit) {
        var tenancyBody = """
                {"start": "%s", "end": null, "rentCold": 380.00, "supported": false}""".formatted(TODAY.minusDays(1));
        var tooEarly = housing.post("/api/housing/offers/" + offer + "/tenancy", tenancyBody);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("type").asString()).isEqualTo("urn:lotse:rule:offer-not-accepted");
        var accept = housing.post(
                "/api/housing/offers/" + offer + "/accept", "{\"date\": \"%s\"}".formatted(TODAY.minusDays(3)));
        assertThat(accept.status()).as(accept.toString()).isEqualTo(204);
        var stored = historyLength(unit);
        var twice = housing.post(
                "/api/housing/offers/" + offer + "/accept", "{\"date\": \"%s\"}".formatted(TODAY.minusDays(2)));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("type").asString()).isEqualTo("urn:lotse:rule:offer-not-open");
        assertThat(historyLength(unit)).isEqualTo(stored);
        return created(housing.post("/api/housing/offers/" + offer + "/tenancy", tenancyBody));
    }

    private void theParticipantMovesIn(String tenancy, String unit) {
        var outside = housing.post(
                "/api/housing/tenancies/" + tenancy + "/move-in", "{\"date\": \"%s\"}".formatted(TODAY.minusDays(2)));
        assertThat(outside.status()).isEqualTo(409);
        assertThat(outside.json().get("type").asString()).isEqualTo("urn:lotse:rule:move-in-outside-tenancy");
        var moveIn = housing.post(
                "/api/housing/tenancies/" + tenancy + "/move-in", "{\"date\": \"%s\"}".formatted(TODAY.minusDays(1)));
        assertThat(moveIn.status()).as(moveIn.toString()).isEqualTo(204);
        var unknown = housing.post(
                "/api/housing/tenancies/3f1c2d0e-8a53-4c8e-9d7a-3b1f5e2a9c07/move-in",
                "{\"date\": \"%s\"}".formatted(TODAY));
        assertThat(unknown.status()).isEqualTo(404);
    }

    private void thePathwayShowsTheHousingSituation(String participant, String offer, String tenancy) {
        await().untilAsserted(() -> {
            var view = coach.get("/api/participants/" + participant).ok();
            assertThat(view.get("housing").findValuesAsString("situation")).containsExactly("OWN_TENANCY");
            assertThat(view.get("housing").get(0).get("date").asString())
                    .isEqualTo(TODAY.minusDays(1).toString());
            assertThat(view.get("offers").findValuesAsString("id")).containsExactly(offer);
            assertThat(view.get("offers").get(0).get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(view.get("tenancies").findValuesAsString("id")).containsExactly(tenancy);
            assertThat(view.get("tenancies").get(0).get("movedInOn").asString())
                    .isEqualTo(TODAY.minusDays(1).toString());
        });
    }

    private void theUnitIsLetAndNamesTheTenantOnlyToWhoMayReadThem(String unit, String participant) {
        await().untilAsserted(() -> assertThat(
                        housing.get("/api/housing/units?status=LET").json().findValuesAsString("id"))
                .containsExactly(unit));
        JsonNode asHousing = housing.get("/api/housing/units/" + unit).json();
        assertThat(asHousing.get("status").asString()).isEqualTo("LET");
        assertThat(asHousing.get("tenancies").get(0).get("participantId").asString())
                .isEqualTo(participant);
        assertThat(asHousing.get("tenancies").get(0).get("displayName").asString())
                .isEqualTo("Amira Haddad");
        assertThat(coach.get("/api/housing/units/" + unit)
                        .json()
                        .get("offers")
                        .get(0)
                        .get("displayName")
                        .asString())
                .isEqualTo("Amira Haddad");
        var asOtherCoach = coach.as("coach2").get("/api/housing/units/" + unit).json();
        assertThat(asOtherCoach.get("offers").get(0).has("displayName")).isFalse();
        assertThat(asOtherCoach.get("offers").get(0).get("participantId").asString())
                .isEqualTo(participant);
        assertThat(housing.get("/api/participants/" + participant).status()).isEqualTo(403);
    }

    private void theHistoryChainsEveryEventOfTheUnit(String unit) {
        await().untilAsserted(() -> {
            var history = housing.as("auditor")
                    .get("/api/housing/units/" + unit + "/history")
                    .json();
            assertThat(history.findValuesAsString("type"))
                    .containsExactly(
                            "UnitAdded",
                            "OccupancyRightGranted",
                            "VacancyOpened",
                            "OfferMade",
                            "OfferAccepted",
                            "TenancyStarted",
                            "TenantMovedIn");
            assertThat(history.findValuesAsString("hash")).hasSize(7).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
            assertThat(history.get(3).get("recordedBy").asString()).isEqualTo("coach1");
        });
        assertThat(coach.get("/api/housing/units/" + unit + "/history").status())
                .isEqualTo(403);
    }

    private void theHousingReportCountsIt() {
        var period = "from=%s&to=%s".formatted(TODAY.minusMonths(1), TODAY);
        await().untilAsserted(() -> {
            var report = housing.as("evaluator")
                    .get("/api/reports/housing?" + period)
                    .json();
            assertThat(report.get("portfolio").get("units").asLong()).isEqualTo(2);
            assertThat(report.get("portfolio").get("byHolding").get("PURCHASED").asLong())
                    .isEqualTo(2);
            assertThat(report.get("occupancyRights").get("validAtEnd").asLong()).isEqualTo(1);
            assertThat(report.get("occupancyRights")
                            .get("expiringWithin90DaysOfEnd")
                            .asLong())
                    .isEqualTo(1);
            assertThat(report.get("offers").get("made").asLong()).isEqualTo(1);
            assertThat(report.get("offers").get("accepted").asLong()).isEqualTo(1);
            assertThat(report.get("placements").get("tenanciesStarted").asLong())
                    .isEqualTo(1);
            assertThat(report.get("placements").get("outsideStrainedDistricts").asLong())
                    .isZero();
            assertThat(report.get("placements").get("medianDaysToFill").asInt()).isEqualTo(9);
        });
        var reportText =
                housing.as("evaluator").get("/api/reports/housing?" + period).body();
        assertThat(reportText).doesNotContain("Amira", "Haddad");
        var backwards = housing.get("/api/reports/housing?from=%s&to=%s".formatted(TODAY, TODAY.minusDays(1)));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").toString()).contains("from");
        assertThat(coach.get("/api/reports/housing").status()).isEqualTo(403);
    }

    private void badReadsAreProblems() {
        for (var bad : new String[] {
            "/api/housing/units?size=500",
            "/api/housing/units?page=-1",
            "/api/housing/units?status=SOLD",
            "/api/housing/occupancy-rights?expiringWithinDays=-1",
            "/api/reports/housing?asOf=yesterday"
        }) {
            var response = housing.get(bad);
            assertThat(response.status()).as(bad + " " + response).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        var unknown = housing.get("/api/housing/units/3f1c2d0e-8a53-4c8e-9d7a-3b1f5e2a9c07");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:lotse:problem:unknown-unit");
    }

    private int historyLength(String unit) {
        return housing.get("/api/housing/units/" + unit + "/history").json().size();
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
