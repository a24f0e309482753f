package de.lotse.web.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.pathway.Stage;
import de.lotse.api.pathways.EntryCohort;
import de.lotse.api.pathways.FindPathwayReport;
import de.lotse.api.pathways.PathwayReport;
import de.lotse.api.pathways.ReferralsByArea;
import de.lotse.api.pathways.RouteOutcome;
import de.lotse.api.pathways.StageFunnel;
import de.lotse.api.support.ReferralArea;
import de.lotse.web.WebSlice;
import java.time.Instant;
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

@WebMvcTest(PathwayReportPageController.class)
@WebSlice
class PathwayReportPageControllerTest {

    private static final PathwayReport REPORT = new PathwayReport(
            120L,
            List.of(
                    new StageFunnel(Stage.COACHING, 118L, 60L, 9L, 40L, 5.0, 84.0),
                    new StageFunnel(Stage.QUALIFICATION, 40L, null, null, null, 20.5, null)),
            List.of(
                    new RouteOutcome(List.of(Stage.COACHING, Stage.QUALIFICATION), 31L, 25L, 14L, 11L),
                    new RouteOutcome(List.of(), null, null, null, null)),
            List.of(new EntryCohort("2026-Q1", 40L, 30L, 15L)),
            List.of(new ReferralsByArea(ReferralArea.HEALTH, 22L, 15L, 19.0)),
            5);

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private QueryGateway queries;

    @Test
    void showsTheTablesAndDrawsTheFunnelAndRoutesAsInlineSvg() {
        given(queries.query(any(), any(ResponseType.class))).willReturn(CompletableFuture.completedFuture(REPORT));

        var page = mvc.get()
                .uri("/reports/pathways?from=2026-01-01&to=2026-06-30&asOf=2026-07-01T00:00")
                .with(user("evaluator").roles("EVALUATOR"))
                .exchange();

        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "Verläufe der Teilnehmenden",
                        "Teilnehmende mit Eintritt im Zeitraum: 120",
                        "<svg class=\"chart\" id=\"funnel-chart\"",
                        "<svg class=\"chart\" id=\"routes-chart\"",
                        "viewBox=\"0 0 640 56\"",
                        "<title>Begonnen: 118</title>",
                        "Coaching → Qualifizierung",
                        "keine Stufe begonnen",
                        "2026-Q1",
                        "Gesundheit",
                        "20,5",
                        "84,0")
                .doesNotContain("chart.umd.js");
        var query = ArgumentCaptor.forClass(FindPathwayReport.class);
        verify(queries).query(query.capture(), any(ResponseType.class));
        assertThat(query.getValue().from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(query.getValue().to()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(query.getValue().asOf()).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
    }

    @Test
    void speaksEnglish() {
        given(queries.query(any(), any(ResponseType.class))).willReturn(CompletableFuture.completedFuture(REPORT));

        var page = mvc.get()
                .uri("/reports/pathways?lang=en")
                .with(user("lead").roles("TEAM_LEAD"))
                .exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Stages as a chart", "Employed upon leaving", "no stage started");
    }

    @Test
    void isClosedToCoaches() {
        var page = mvc.get()
                .uri("/reports/pathways")
                .with(user("coach1").roles("COACH"))
                .exchange();

        assertThat(page).hasStatus(403);
    }
}
