package de.lotse.web.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.audit.HistoryEntry;
import de.lotse.api.housing.AcceptOffer;
import de.lotse.api.housing.FindHousingCandidates;
import de.lotse.api.housing.FindUnit;
import de.lotse.api.housing.FindUnitHistory;
import de.lotse.api.housing.HousingCandidate;
import de.lotse.api.housing.HousingRule;
import de.lotse.api.housing.HousingViolation;
import de.lotse.api.housing.MakeOffer;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.UnitDetail;
import de.lotse.api.housing.UnitHistory;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.VacancyId;
import de.lotse.api.participant.ParticipantId;
import de.lotse.web.Participants;
import de.lotse.web.WebSlice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest({UnitPageController.class, UnitFormController.class, UnitHistoryPageController.class})
@WebSlice
@Import({UnitPageContent.class, Candidates.class})
class UnitPageControllerTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private QueryGateway queries;

    @Test
    void showsTheTimelineAndAFormForEveryCommandThatAppliesToTheHousingOfficer() {
        answer(Units.offeredToElena());
        var page =
                mvc.get().uri(Units.PAGE).with(user("housing").roles("HOUSING")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "Mallinckrodtstraße 12, 44147 Dortmund · 2. OG links",
                        "angeboten",
                        "Belegungsrecht (Besetzungsrecht) von Wohnungsamt Dortmund, gültig bis 28.02.2031",
                        "Angebot an Elena Popescu (offen), Antwort bis 16.03.2026",
                        "Belegungsrecht erfassen",
                        "Wohnung wird frei",
                        "Wohnung anbieten",
                        "Angebot angenommen",
                        "Angebot abgelehnt",
                        "hx-post=\"/housing/units/" + Units.ID + "/occupancy-rights\"",
                        "<option value=\"" + Participants.ID + "\">Elena Popescu</option>",
                        "<input type=\"search\" id=\"offer-find\" name=\"find\"")
                .doesNotContain("Mietverhältnis beginnen", "Einzug erfassen");
    }

    @Test
    void offersACoachTheOwnParticipantsAndNoOtherCommand() {
        answer(Units.vacant());
        var page = mvc.get().uri(Units.PAGE).with(user("coach1").roles("COACH")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("Wohnung anbieten", "<option value=\"" + Participants.ID + "\">Elena Popescu</option>")
                .doesNotContain("Belegungsrecht erfassen", "Wohnung wird frei", "Angebot angenommen");
    }

    @Test
    void narrowsTheParticipantsToOfferTheUnitToByName() {
        answer(Units.vacant());

        assertThat(mvc.get().uri(Units.PAGE + "?find=Pope").with(user("housing").roles("HOUSING")))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"Pope\"", "<option value=\"" + Participants.ID + "\">Elena Popescu</option>");
        verify(queries)
                .query(
                        argThat((Object query) ->
                                query instanceof FindHousingCandidates candidates && "Pope".equals(candidates.name())),
                        any(ResponseType.class));
    }

    @Test
    void showsAuditorsTheUnitWithoutAnyForm() {
        answer(Units.letToElena());
        var page =
                mvc.get().uri(Units.PAGE).with(user("auditor").roles("AUDITOR")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("vermietet", "Elena Popescu ist eingezogen", "01.10.2026 · stabil")
                .doesNotContain("<form class=\"card");
    }

    @Test
    void showsABrokenHousingRuleInPlaceOfTheForm() {
        answer(Units.vacant());
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException(
                        "vacancy open", null, new HousingViolation(HousingRule.VACANCY_OPEN, "vacancy open")));
        var page = mvc.post()
                .uri(Units.PAGE + "/vacancies")
                .header("HX-Request", "true")
                .param("availableFrom", "2026-03-15")
                .with(user("housing").roles("HOUSING"))
                .with(csrf())
                .exchange();
        assertThat(page).hasStatus(409);
        assertThat(page)
                .bodyText()
                .startsWith("<div id=\"unit\"")
                .contains(
                        "role=\"alert\"", "Für diese Wohnung ist bereits ein Leerstand offen.", "value=\"2026-03-15\"");
    }

    @Test
    void showsAPeriodEndingBeforeItBeginsBesideItsFieldAndSendsNothing() {
        answer(Units.added());
        var page = mvc.post()
                .uri(Units.PAGE + "/occupancy-rights")
                .header("HX-Request", "true")
                .param("grantor", "Wohnungsamt Dortmund")
                .param("kind", "NOMINATION")
                .param("validFrom", "2026-03-01")
                .param("validUntil", "2025-02-28")
                .with(user("housing").roles("HOUSING"))
                .with(csrf())
                .exchange();
        assertThat(page).hasStatus(422);
        assertThat(page)
                .bodyText()
                .contains("occupancyRight-validUntil-error", "Das Ende darf nicht vor dem Beginn liegen.");
        verifyNoInteractions(commands);
    }

    @Test
    void makesTheOfferOfTheChosenVacancyToTheChosenParticipant() {
        answerThenChange(Units.vacant(), Units.offeredToElena());
        var page = mvc.post()
                .uri(Units.PAGE + "/offers")
                .header("HX-Request", "true")
                .param("vacancyId", Units.VACANCY)
                .param("participantId", Participants.ID)
                .param("offeredOn", "2026-03-02")
                .param("respondBy", "2026-03-16")
                .with(user("coach1").roles("COACH"))
                .with(csrf())
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Gespeichert.", "Angebot an Elena Popescu (offen)");
        var sent = ArgumentCaptor.forClass(MakeOffer.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().unitId()).isEqualTo(UnitId.of(Units.ID));
        assertThat(sent.getValue().vacancyId()).isEqualTo(VacancyId.of(Units.VACANCY));
        assertThat(sent.getValue().participantId()).isEqualTo(ParticipantId.of(Participants.ID));
        assertThat(sent.getValue().respondBy()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void recordsTheAcceptanceOfTheOfferWithoutJavaScriptAndRedirectsToTheUnit() {
        answerThenChange(Units.offeredToElena(), Units.letToElena());
        var answer = mvc.post()
                .uri(Units.PAGE + "/offers/accept")
                .param("offerId", Units.OFFER)
                .param("date", "2026-03-05")
                .with(user("housing").roles("HOUSING"))
                .with(csrf())
                .exchange();
        assertThat(answer).hasRedirectedUrl(Units.PAGE);
        verify(commands)
                .sendAndWait(new AcceptOffer(UnitId.of(Units.ID), OfferId.of(Units.OFFER), LocalDate.of(2026, 3, 5)));
    }

    @Test
    void letsNeitherCoachesAnswerOffersNorAuditorsOfferAUnit() {
        assertThat(mvc.post()
                        .uri(Units.PAGE + "/offers/accept")
                        .param("offerId", Units.OFFER)
                        .param("date", "2026-03-05")
                        .with(user("coach1").roles("COACH"))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri(Units.PAGE + "/offers")
                        .param("vacancyId", Units.VACANCY)
                        .with(user("auditor").roles("AUDITOR"))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.get().uri(Units.PAGE).with(user("evaluator").roles("EVALUATOR")))
                .hasStatus(403);
        verifyNoInteractions(commands);
    }

    @Test
    void showsTheUnitsStoredEventsToHousingOfficersButNotToCoaches() {
        answer(Units.vacant());
        given(queries.query(any(FindUnitHistory.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(new UnitHistory(List.of(new HistoryEntry(
                        0,
                        "UnitAdded",
                        Instant.parse("2026-02-01T09:00:00Z"),
                        "housing",
                        "{\"label\":\"2. OG links\"}",
                        "ab12")))));
        var page = mvc.get()
                .uri(Units.PAGE + "/history")
                .with(user("housing").roles("HOUSING"))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Wohnung hinzugefügt", "UnitAdded", "ab12", "Zur Wohnung");
        assertThat(mvc.get().uri(Units.PAGE + "/history").with(user("coach1").roles("COACH")))
                .hasStatus(403);
    }

    private void answer(UnitDetail unit) {
        given(queries.query(any(FindUnit.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(unit));
        answerCaseload();
    }

    /** The unit as it was, read before the command, then as the view shows it afterwards. */
    private void answerThenChange(UnitDetail before, UnitDetail after) {
        given(queries.query(any(FindUnit.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(before), CompletableFuture.completedFuture(after));
        answerCaseload();
    }

    private void answerCaseload() {
        given(queries.query(any(FindHousingCandidates.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(
                        List.of(new HousingCandidate(Participants.ID, "Elena Popescu"))));
    }
}
