package de.lotse.web.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.housing.AcquireProperty;
import de.lotse.api.housing.AddUnit;
import de.lotse.api.housing.Address;
import de.lotse.api.housing.FindProperties;
import de.lotse.api.housing.FindRenovations;
import de.lotse.api.housing.FindUnits;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.PropertySummary;
import de.lotse.api.housing.UnitPage;
import de.lotse.api.housing.UnitStatus;
import de.lotse.api.housing.UnitSummary;
import de.lotse.web.WebSlice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(PropertyPageController.class)
@WebSlice
class PropertyPageControllerTest {

    private static final PropertySummary PROPERTY = new PropertySummary(
            Units.PROPERTY,
            "Mallinckrodtstraße 12, 44147 Dortmund",
            "Mallinckrodtstraße",
            "12",
            "44147",
            "Dortmund",
            "Nordstadt",
            Holding.PURCHASED,
            "Stiftung Soziale Stadt",
            LocalDate.of(2026, 2, 1),
            1);

    private static final UnitSummary UNIT = new UnitSummary(
            Units.ID,
            Units.PROPERTY,
            PROPERTY.address(),
            "Nordstadt",
            "2. OG links",
            2,
            new BigDecimal("54.5"),
            new BigDecimal("380.00"),
            false,
            UnitStatus.UNAVAILABLE,
            null);

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private QueryGateway queries;

    @Test
    void listsEveryPropertyEvenOneWithoutUnitsAndOffersToEnterOneToHousingOfficersOnly() {
        answerProperty();
        assertThat(mvc.get().uri("/housing/properties").with(user("housing").roles("HOUSING")))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "href=\"/housing/properties/" + Units.PROPERTY + "\"",
                        "Stiftung Soziale Stadt",
                        "01.02.2026",
                        "Objekt erfassen");
        assertThat(mvc.get().uri("/housing/properties").with(user("coach1").roles("COACH")))
                .hasStatusOk()
                .bodyText()
                .contains("Mallinckrodtstraße 12, 44147 Dortmund")
                .doesNotContain("Objekt erfassen");
    }

    @Test
    void entersThePropertyAndOpensItsPage() {
        answerProperty();
        var answer = mvc.post()
                .uri("/housing/properties")
                .param("street", " Mallinckrodtstraße ")
                .param("houseNumber", "12")
                .param("postcode", "44147")
                .param("city", "Dortmund")
                .param("district", "Nordstadt")
                .param("holding", "PURCHASED")
                .param("owner", "Stiftung Soziale Stadt")
                .param("since", "2026-02-01")
                .with(user("housing").roles("HOUSING"))
                .with(csrf())
                .exchange();
        assertThat(answer).hasStatus3xxRedirection();
        var sent = ArgumentCaptor.forClass(AcquireProperty.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().address()).isEqualTo(new Address("Mallinckrodtstraße", "12", "44147", "Dortmund"));
        assertThat(sent.getValue().holding()).isEqualTo(Holding.PURCHASED);
        assertThat(answer.getResponse().getRedirectedUrl())
                .isEqualTo("/housing/properties/" + sent.getValue().propertyId());
    }

    @Test
    void showsWhatIsMissingBesideEachFieldAndSendsNothing() {
        var page = mvc.post()
                .uri("/housing/properties")
                .param("street", "Mallinckrodtstraße")
                .param("postcode", "44147-12345")
                .with(user("housing").roles("HOUSING"))
                .with(csrf())
                .exchange();
        assertThat(page).hasStatus(422);
        assertThat(page)
                .bodyText()
                .contains(
                        "newProperty-houseNumber-error",
                        "newProperty-postcode-error",
                        "newProperty-holding-error",
                        "value=\"Mallinckrodtstraße\"");
        verifyNoInteractions(commands);
    }

    @Test
    void showsThePropertysOwnUnitsAndTheFormsToAddAUnitAndStartARenovation() {
        answerProperty();
        var page = mvc.get()
                .uri("/housing/properties/" + Units.PROPERTY)
                .with(user("housing").roles("HOUSING"))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("Mallinckrodtstraße 12, 44147 Dortmund", "gekauft", "2. OG links", "Wohnung hinzufügen")
                .contains("Sanierung beginnen", "renovation-unitIds-" + Units.ID);
        var query = ArgumentCaptor.forClass(Object.class);
        verify(queries, times(3)).query(query.capture(), any(ResponseType.class));
        assertThat(query.getAllValues())
                .filteredOn(FindUnits.class::isInstance)
                .extracting(units -> ((FindUnits) units).propertyId())
                .containsExactly(PropertyId.of(Units.PROPERTY));
    }

    @Test
    void addsAUnitWithTheApisBoundsAndRefusesAnEmptyArea() {
        answerProperty();
        var refused = mvc.post()
                .uri("/housing/properties/" + Units.PROPERTY + "/units")
                .param("unitLabel", "EG rechts")
                .param("rooms", "0")
                .param("areaSqm", "0")
                .param("rentCold", "495.50")
                .with(user("housing").roles("HOUSING"))
                .with(csrf())
                .exchange();
        assertThat(refused).hasStatus(422);
        assertThat(refused).bodyText().contains("Mindestens 1.", "Die Fläche muss größer als 0 sein.");
        verifyNoInteractions(commands);

        var added = mvc.post()
                .uri("/housing/properties/" + Units.PROPERTY + "/units")
                .param("unitLabel", "EG rechts")
                .param("rooms", "3")
                .param("areaSqm", "71")
                .param("rentCold", "495.50")
                .param("accessible", "true")
                .with(user("housing").roles("HOUSING"))
                .with(csrf())
                .exchange();
        assertThat(added).hasRedirectedUrl("/housing/properties/" + Units.PROPERTY);
        var sent = ArgumentCaptor.forClass(AddUnit.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().propertyId()).isEqualTo(PropertyId.of(Units.PROPERTY));
        assertThat(sent.getValue().rentCold()).isEqualByComparingTo("495.50");
        assertThat(sent.getValue().accessible()).isTrue();
    }

    @Test
    void letsOnlyThoseWhoManageHousingEnterAProperty() {
        assertThat(mvc.post()
                        .uri("/housing/properties")
                        .param("street", "Mallinckrodtstraße")
                        .with(user("coach1").roles("COACH"))
                        .with(csrf()))
                .hasStatus(403);
        verifyNoInteractions(commands);
    }

    private void answerProperty() {
        given(queries.query(any(FindProperties.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(List.of(PROPERTY)));
        given(queries.query(any(FindUnits.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(new UnitPage(List.of(UNIT), 1)));
        given(queries.query(any(FindRenovations.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(List.of()));
    }
}
