package de.lotse.web.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.housing.CompleteRenovation;
import de.lotse.api.housing.EmployOnRenovation;
import de.lotse.api.housing.FindHousingCandidates;
import de.lotse.api.housing.FindRenovation;
import de.lotse.api.housing.HousingRule;
import de.lotse.api.housing.HousingViolation;
import de.lotse.api.housing.RenovationDetail;
import de.lotse.api.housing.RenovationId;
import de.lotse.api.participant.ParticipantId;
import de.lotse.web.Participants;
import de.lotse.web.WebSlice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(RenovationPageController.class)
@WebSlice
@Import(Candidates.class)
class RenovationPageControllerTest {

    private static final String ID = "8c7b6a5f-4e3d-4c2b-9a1f-0e9d8c7b6a5f";
    private static final String PAGE = "/housing/renovations/" + ID;

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private QueryGateway queries;

    @Test
    void showsTheUnitsAndWorkersAndTheFormsToEmployAndComplete() {
        answer(renovation(List.of(elenaWorking()), null));
        var page = mvc.get().uri(PAGE).with(user("housing").roles("HOUSING")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "Dach und Treppenhaus",
                        "läuft seit 01.02.2026",
                        "2. OG links",
                        "Elena Popescu",
                        "Teilnehmende Person beschäftigen",
                        "Sanierung abschließen");
    }

    @Test
    void employsTheParticipantAndShowsThemAmongTheWorkers() {
        given(queries.query(any(FindRenovation.class), any(ResponseType.class)))
                .willReturn(
                        CompletableFuture.completedFuture(renovation(List.of(), null)),
                        CompletableFuture.completedFuture(renovation(List.of(elenaWorking()), null)));
        answerNobodyToPick();
        var page = mvc.post()
                .uri(PAGE + "/workers")
                .header("HX-Request", "true")
                .param("participantId", Participants.ID)
                .param("from", "2026-02-02")
                .param("hoursPerWeek", "30")
                .with(user("housing").roles("HOUSING"))
                .with(csrf())
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().startsWith("<div id=\"renovation\"").contains("Gespeichert.", "Elena Popescu");
        verify(commands)
                .sendAndWait(new EmployOnRenovation(
                        RenovationId.of(ID),
                        ParticipantId.of(Participants.ID),
                        LocalDate.of(2026, 2, 2),
                        new BigDecimal("30")));
    }

    @Test
    void showsARenovationThatIsCompletedAlreadyInPlaceOfTheForm() {
        answer(renovation(List.of(), null));
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException(
                        "completed",
                        null,
                        new HousingViolation(HousingRule.RENOVATION_COMPLETED, "completed on 2026-05-01")));
        var page = mvc.post()
                .uri(PAGE + "/complete")
                .header("HX-Request", "true")
                .param("date", "2026-05-02")
                .with(user("housing").roles("HOUSING"))
                .with(csrf())
                .exchange();
        assertThat(page).hasStatus(409);
        assertThat(page).bodyText().contains("Die Sanierung ist abgeschlossen");
        verify(commands).sendAndWait(new CompleteRenovation(RenovationId.of(ID), LocalDate.of(2026, 5, 2)));
    }

    @Test
    void refusesAWorkerWithoutHoursAndSendsNothing() {
        answer(renovation(List.of(), null));
        var page = mvc.post()
                .uri(PAGE + "/workers")
                .header("HX-Request", "true")
                .param("participantId", Participants.ID)
                .param("from", "2026-02-02")
                .param("hoursPerWeek", "0")
                .with(user("housing").roles("HOUSING"))
                .with(csrf())
                .exchange();
        assertThat(page).hasStatus(422);
        assertThat(page).bodyText().contains("worker-hoursPerWeek-error");
        verifyNoInteractions(commands);
    }

    @Test
    void showsACompletedRenovationWithoutFormsAndLetsNoCoachEmploy() {
        answer(renovation(List.of(elenaWorking()), LocalDate.of(2026, 5, 1)));
        assertThat(mvc.get().uri(PAGE).with(user("housing").roles("HOUSING")))
                .bodyText()
                .contains("abgeschlossen am 01.05.2026")
                .doesNotContain("Sanierung abschließen");
        assertThat(mvc.post()
                        .uri(PAGE + "/workers")
                        .param("participantId", Participants.ID)
                        .with(user("coach1").roles("COACH"))
                        .with(csrf()))
                .hasStatus(403);
        verifyNoInteractions(commands);
    }

    private void answer(RenovationDetail renovation) {
        given(queries.query(any(FindRenovation.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(renovation));
        answerNobodyToPick();
    }

    private void answerNobodyToPick() {
        given(queries.query(any(FindHousingCandidates.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(List.of()));
    }

    private static RenovationDetail.Worker elenaWorking() {
        return new RenovationDetail.Worker(
                Participants.ID, "Elena Popescu", LocalDate.of(2026, 2, 2), new BigDecimal("30"));
    }

    private static RenovationDetail renovation(List<RenovationDetail.Worker> workers, @Nullable LocalDate completedOn) {
        return new RenovationDetail(
                ID,
                Units.PROPERTY,
                "Mallinckrodtstraße 12, 44147 Dortmund",
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 6, 30),
                completedOn,
                "Dach und Treppenhaus",
                List.of(new RenovationDetail.RenovatedUnit(Units.ID, "2. OG links")),
                workers);
    }
}
