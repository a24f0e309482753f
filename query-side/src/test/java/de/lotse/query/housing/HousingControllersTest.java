package de.lotse.query.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.housing.FindHousingReport;
import de.lotse.api.housing.FindUnits;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.UnitPage;
import de.lotse.api.housing.UnitStatus;
import de.lotse.platform.testing.ApiSecurity;
import de.lotse.query.system.Refusals;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@ApiSecurity
@WebMvcTest(
        controllers = {UnitQueryController.class, PortfolioController.class, HousingReportController.class},
        properties = {"spring.main.banner-mode=off"})
class HousingControllersTest {

    private static final String UNIT = "0b6f3a52-6a8e-4e4c-9a4f-1f7f0c3d2e10";

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private QueryGateway queries;

    @Test
    @WithMockUser(username = "coach1", roles = "COACH")
    void asksForTheUnitsWithTheCallerAndItsFilters() {
        doReturn(CompletableFuture.completedFuture(new UnitPage(List.of(), 0)))
                .when(queries)
                .query(any(), any(ResponseType.class));

        assertThat(mvc.get()
                        .uri("/api/housing/units")
                        .param("status", "VACANT")
                        .param("district", "Nordstadt")
                        .param("page", "2")
                        .param("size", "20"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"items": [], "total": 0}""");
        var query = ArgumentCaptor.forClass(FindUnits.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        assertThat(query.getValue().caller().roles()).containsExactly(Role.COACH);
        assertThat(query.getValue())
                .extracting(FindUnits::status, FindUnits::district, FindUnits::page, FindUnits::size)
                .containsExactly(UnitStatus.VACANT, "Nordstadt", 2, 20);
    }

    @Test
    @WithMockUser(username = "housing", roles = "HOUSING")
    void refusesPagesOutOfBoundsAndUnknownStatusesBeforeAsking() {
        for (var bad : List.of("size=0", "size=201", "page=-1", "status=SOLD")) {
            assertThat(mvc.get().uri("/api/housing/units?" + bad))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(mvc.get().uri("/api/housing/occupancy-rights?expiringWithinDays=-1"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("expiringWithinDays");
        verifyNoInteractions(queries);
    }

    @Test
    @WithMockUser(username = "housing", roles = "HOUSING")
    void answersAnUnknownUnitWith404() {
        doReturn(CompletableFuture.failedFuture(
                        Refusals.refused(Refusal.unknown(Refusal.Reason.UNKNOWN_UNIT, UnitId.of(UNIT)))))
                .when(queries)
                .query(any(), any(ResponseType.class));

        assertThat(mvc.get().uri("/api/housing/units/" + UNIT))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:lotse:problem:unknown-unit");
    }

    @Test
    @WithMockUser(username = "evaluator", roles = "EVALUATOR")
    void refusesAReportPeriodThatEndsBeforeItStarts() {
        assertThat(mvc.get().uri("/api/reports/housing?from=2026-07-01&to=2026-06-30"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("from");
        verifyNoInteractions(queries);
    }

    @Test
    @WithMockUser(username = "evaluator", roles = "EVALUATOR")
    void asksForTheReportOfThePeriodAsOfAnInstant() {
        doReturn(CompletableFuture.failedFuture(Refusals.refused(Refusal.roleNotAllowed("testing"))))
                .when(queries)
                .query(any(), any(ResponseType.class));

        mvc.get()
                .uri("/api/reports/housing?from=2026-01-01&to=2026-06-30&asOf=2026-07-01T00:00:00Z")
                .exchange();

        var query = ArgumentCaptor.forClass(FindHousingReport.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        assertThat(query.getValue().from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(query.getValue().to()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(query.getValue().asOf()).hasToString("2026-07-01T00:00:00Z");
    }

    @Test
    void answers401WithoutCredentials() {
        assertThat(mvc.get().uri("/api/housing/units")).hasStatus(HttpStatus.UNAUTHORIZED);
    }
}
