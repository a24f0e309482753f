package de.lotse.web.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.housing.FindOccupancyRights;
import de.lotse.api.housing.OccupancyRightEntry;
import de.lotse.api.housing.OccupancyRightKind;
import de.lotse.web.WebSlice;
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

@WebMvcTest(RightsPageController.class)
@WebSlice
class RightsPageControllerTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private QueryGateway queries;

    @Test
    void marksTheRightsEndingWithinNinetyDays() throws Exception {
        var today = LocalDate.now();
        given(queries.query(any(FindOccupancyRights.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(List.of(
                        right("EG rechts", today.minusYears(4), today.plusDays(60)),
                        right("2. OG links", today.minusYears(1), today.plusDays(120)))));
        var page = mvc.get()
                .uri("/housing/occupancy-rights")
                .with(user("housing").roles("HOUSING"))
                .exchange();
        assertThat(page).hasStatusOk();
        var body = page.getResponse().getContentAsString();
        assertThat(body).contains("2 Rechte, davon 1 bald endend");
        assertThat(body.indexOf("ending-soon")).isLessThan(body.indexOf("EG rechts"));
        assertThat(body.substring(body.indexOf("EG rechts"))).doesNotContain("ending-soon");
    }

    @Test
    void narrowsTheRegisterToTheDaysAskedFor() {
        given(queries.query(any(FindOccupancyRights.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(List.of()));
        var page = mvc.get()
                .uri("/housing/occupancy-rights?expiringWithinDays=30")
                .with(user("auditor").roles("AUDITOR"))
                .exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Keine Belegungsrechte gefunden.");
        var query = ArgumentCaptor.forClass(FindOccupancyRights.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        assertThat(query.getValue().expiringWithinDays()).isEqualTo(30);
        assertThat(mvc.get()
                        .uri("/housing/occupancy-rights")
                        .with(user("evaluator").roles("EVALUATOR")))
                .hasStatus(403);
    }

    private static OccupancyRightEntry right(String label, LocalDate from, LocalDate until) {
        return new OccupancyRightEntry(
                label + "-right",
                Units.ID,
                "Mallinckrodtstraße 12, 44147 Dortmund",
                label,
                OccupancyRightKind.NOMINATION,
                "Wohnungsamt Dortmund",
                from,
                until);
    }
}
