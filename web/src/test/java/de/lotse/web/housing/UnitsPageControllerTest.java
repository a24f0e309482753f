package de.lotse.web.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.housing.FindUnits;
import de.lotse.api.housing.OccupancyRightKind;
import de.lotse.api.housing.UnitPage;
import de.lotse.api.housing.UnitStatus;
import de.lotse.api.housing.UnitSummary;
import de.lotse.web.WebSlice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(UnitsPageController.class)
@WebSlice
class UnitsPageControllerTest {

    private static final UnitSummary VACANT = new UnitSummary(
            Units.ID,
            Units.PROPERTY,
            "Mallinckrodtstraße 12, 44147 Dortmund",
            "Nordstadt",
            "2. OG links",
            2,
            new BigDecimal("54.5"),
            new BigDecimal("380.00"),
            true,
            UnitStatus.VACANT,
            new UnitSummary.RightInForce(OccupancyRightKind.NOMINATION, LocalDate.of(2031, 2, 28)));

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private QueryGateway queries;

    @Test
    void listsTheUnitsWithStatusAndRightAndOffersHousingOfficersToEnterAProperty() {
        answer();
        var page = mvc.get()
                .uri("/housing/units")
                .with(user("housing").roles("HOUSING"))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "1 Wohnungen",
                        "2. OG links",
                        "barrierefrei",
                        "54,5 m²",
                        "380,00 €",
                        "unit-VACANT",
                        "Benennungsrecht bis 28.02.2031",
                        "Objekt erfassen",
                        "href=\"/housing/units/" + Units.ID + "\"");
    }

    @Test
    void asksForTheFilteredPageAndAnswersHtmxWithTheTableAlone() {
        answer();
        var table = mvc.get()
                .uri("/housing/units")
                .param("status", "VACANT")
                .param("district", " Nordstadt ")
                .param("page", "2")
                .header("HX-Request", "true")
                .with(user("coach1").roles("COACH"))
                .exchange();
        assertThat(table).hasStatusOk();
        assertThat(table).bodyText().startsWith("<div id=\"units-table\"").doesNotContain("Objekt erfassen");
        var query = ArgumentCaptor.forClass(FindUnits.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        assertThat(query.getValue().status()).isEqualTo(UnitStatus.VACANT);
        assertThat(query.getValue().district()).isEqualTo("Nordstadt");
        assertThat(query.getValue().page()).isEqualTo(2);
    }

    @Test
    void showsTheUnitsToEveryReaderOfHousingButNotToEvaluators() {
        answer();
        assertThat(mvc.get().uri("/housing/units").with(user("auditor").roles("AUDITOR")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Objekt erfassen");
        assertThat(mvc.get().uri("/housing/units").with(user("evaluator").roles("EVALUATOR")))
                .hasStatus(403);
        assertThat(mvc.get().uri("/housing/properties/new").with(user("coach1").roles("COACH")))
                .hasStatus(403);
    }

    private void answer() {
        given(queries.query(any(FindUnits.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(new UnitPage(List.of(VACANT), 1)));
    }
}
