package de.lotse.web.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.access.Refusal;
import de.lotse.api.account.FindCoaches;
import de.lotse.api.caseload.ReassignCoach;
import de.lotse.api.housing.OfferStatus;
import de.lotse.api.housing.ParticipantHousing;
import de.lotse.api.housing.ParticipantOffer;
import de.lotse.api.housing.ParticipantTenancy;
import de.lotse.api.participant.ErasePersonalData;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.participant.ParticipantView;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.PathwayRule;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.RecordQualification;
import de.lotse.api.pathway.RuleViolation;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StartStage;
import de.lotse.api.provider.FindProviders;
import de.lotse.api.provider.ProviderEntry;
import de.lotse.api.support.CloseReferral;
import de.lotse.api.support.MakeReferral;
import de.lotse.api.support.MobilityKind;
import de.lotse.api.support.RecordMobilitySupport;
import de.lotse.api.support.ReferralArea;
import de.lotse.api.support.ReferralId;
import de.lotse.api.support.ReferralOutcome;
import de.lotse.web.Participants;
import de.lotse.web.WebSlice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest({ParticipantPageController.class, PathwayFormController.class})
@WebSlice
@Import(ParticipantPage.class)
class PathwayFormControllerTest {

    private static final String PAGE = "/participants/" + Participants.ID;
    private static final LocalDate START = LocalDate.of(2026, 1, 20);

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private QueryGateway queries;

    @Test
    void showsTheRouteAndAFormForEveryCommandToACoach() {
        answer(Participants.elena());
        var page = mvc.get().uri(PAGE).with(user("coach1").roles("COACH")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "Elena Popescu",
                        "lane-NOT_STARTED",
                        "Stufe beginnen",
                        "Qualifikation",
                        "Arbeitsmarktsituation",
                        "Wohnsituation",
                        "Austritt erfassen",
                        "Aufnahme korrigieren",
                        "hx-post=\"/participants/" + Participants.ID + "/stages\"");
    }

    @Test
    void showsTheHousingOffersAndTheTenancyOnceThereAreAny() {
        answer(Participants.elena());
        assertThat(mvc.get().uri(PAGE).with(user("coach1").roles("COACH")))
                .bodyText()
                .doesNotContain("Wohnen im Projekt");
        var unit = "3c9f1f52-6a39-4c59-a2a7-1d7e4b0c2f11";
        answer(Participants.elena()
                .withHousing(new ParticipantHousing(
                        List.of(new ParticipantOffer(
                                "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                                unit,
                                "Mallinckrodtstraße 12, 44147 Dortmund",
                                "2. OG links",
                                OfferStatus.ACCEPTED,
                                LocalDate.of(2026, 3, 2),
                                LocalDate.of(2026, 3, 16),
                                LocalDate.of(2026, 3, 5))),
                        List.of(new ParticipantTenancy(
                                "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
                                unit,
                                "Mallinckrodtstraße 12, 44147 Dortmund",
                                "2. OG links",
                                LocalDate.of(2026, 4, 1),
                                null,
                                new BigDecimal("380.00"),
                                false,
                                LocalDate.of(2026, 4, 1),
                                null)))));
        assertThat(mvc.get().uri(PAGE).with(user("coach1").roles("COACH")))
                .bodyText()
                .contains(
                        "Wohnen im Projekt",
                        "href=\"/housing/units/" + unit + "\"",
                        "seit 01.04.2026",
                        "eingezogen am 01.04.2026",
                        "Mallinckrodtstraße 12, 44147 Dortmund · 2. OG links · angenommen · angeboten am 02.03.2026",
                        "href=\"/housing/units?status=VACANT\"");
    }

    @Test
    void showsAuditorsNoForm() {
        answer(Participants.elena());
        var page = mvc.get().uri(PAGE).with(user("auditor").roles("AUDITOR")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Elena Popescu").doesNotContain("<form class=\"card");
    }

    @Test
    void showsTheForbiddenPageForAnotherCoachsParticipant() {
        given(queries.query(any(), any(ResponseType.class)))
                .willReturn(CompletableFuture.failedFuture(
                        new QueryExecutionException("refused", null, Refusal.notYourCaseload(Participants.ID))));
        var page = mvc.get().uri(PAGE).with(user("coach2").roles("COACH")).exchange();
        assertThat(page).hasStatus(403);
        assertThat(page).bodyText().contains("Kein Zugriff").doesNotContain("Elena");
    }

    @Test
    void showsABrokenRuleInPlaceOfTheForm() {
        answer(Participants.elena());
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException(
                        "coaching first", null, new RuleViolation(PathwayRule.COACHING_FIRST, "coaching first", null)));
        var page = startStage("QUALIFICATION");
        assertThat(page).hasStatus(409);
        assertThat(page)
                .bodyText()
                .startsWith("<div id=\"participant\"")
                .contains("Jede Stufe außer Coaching setzt voraus, dass das Coaching begonnen hat.");
    }

    @Test
    void refreshesThePageWithTheViewReadAfterTheCommand() {
        answerThenChange();
        var page = startStage("COACHING");
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Gespeichert.", "lane-ACTIVE", "seit 20.01.2026");
        verify(commands).sendAndWait(new StartStage(ParticipantId.of(Participants.ID), Stage.COACHING, START));
    }

    @Test
    void showsAMissingAnswerBesideItsFieldAndSendsNothing() {
        answer(Participants.elenaCoachedSince(START));
        var page = mvc.post()
                .uri(PAGE + "/stages/abort")
                .header("HX-Request", "true")
                .param("stage", "COACHING")
                .param("date", "2026-02-01")
                .param("reason", " ")
                .with(user("coach1").roles("COACH"))
                .with(csrf())
                .exchange();
        assertThat(page).hasStatus(422);
        assertThat(page).bodyText().contains("stageAbort-reason-error", "Bitte ausfüllen.");
        verifyNoInteractions(commands);
    }

    @Test
    void refusesAnIntakeFieldThatCannotBeCorrected() {
        answer(Participants.elena());
        var page = mvc.post()
                .uri(PAGE + "/corrections")
                .header("HX-Request", "true")
                .param("field", "isced")
                .param("value", "9")
                .param("reason", "typo")
                .with(user("coach1").roles("COACH"))
                .with(csrf())
                .exchange();
        assertThat(page).hasStatus(422);
        assertThat(page).bodyText().contains("Dieser Wert ist für das gewählte Feld nicht gültig.");
        verifyNoInteractions(commands);
    }

    @Test
    void letsNoAuditorCommand() {
        assertThat(mvc.post()
                        .uri(PAGE + "/stages")
                        .param("stage", "COACHING")
                        .param("startDate", "2026-01-20")
                        .with(user("auditor").roles("AUDITOR"))
                        .with(csrf()))
                .hasStatus(403);
        verifyNoInteractions(commands);
    }

    @Test
    void offersTheCoachChangeToTeamLeadsAndTheErasureToAdminsOnly() {
        answer(Participants.elena());
        assertThat(mvc.get().uri(PAGE).with(user("coach1").roles("COACH")))
                .bodyText()
                .doesNotContain("Coach wechseln", "Personenbezogene Daten löschen");
        assertThat(mvc.get().uri(PAGE).with(user("lead").roles("TEAM_LEAD")))
                .bodyText()
                .contains("Coach wechseln", "value=\"coach1\"", "<option value=\"coach2\">Carla Berger</option>")
                .doesNotContain("Personenbezogene Daten löschen");
        assertThat(mvc.get().uri(PAGE).with(user("admin").roles("ADMIN")))
                .bodyText()
                .contains("Coach wechseln", "Personenbezogene Daten löschen", "erasure-confirmed");
    }

    @Test
    void movesTheParticipantIntoAnotherCoachsCaseload() {
        answerThenChange();
        var page = mvc.post()
                .uri(PAGE + "/coach")
                .header("HX-Request", "true")
                .param("coach", " coach2 ")
                .with(user("lead").roles("TEAM_LEAD"))
                .with(csrf())
                .exchange();
        assertThat(page).hasStatusOk();
        verify(commands).sendAndWait(new ReassignCoach(ParticipantId.of(Participants.ID), "coach2"));
    }

    @Test
    void showsBesideTheCoachFieldThatTheNameHoldsNoCaseload() {
        answer(Participants.elena());
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException("not a coach", null, Refusal.notACoach("auditor")));
        var page = mvc.post()
                .uri(PAGE + "/coach")
                .header("HX-Request", "true")
                .param("coach", "auditor")
                .with(user("lead").roles("TEAM_LEAD"))
                .with(csrf())
                .exchange();
        assertThat(page).hasStatus(422);
        assertThat(page)
                .bodyText()
                .contains(
                        "coachReassignment-coach-error",
                        "Kein aktives Konto mit der Rolle Coach oder Teamleitung.",
                        "value=\"auditor\"");
    }

    @Test
    void erasesWithTheReasonAndOverridesTheRetentionOnlyWhenTicked() {
        answerThenChange();
        assertThat(erase("Antrag vom 3. November", "true")).hasStatusOk();
        verify(commands)
                .sendAndWait(new ErasePersonalData(ParticipantId.of(Participants.ID), "Antrag vom 3. November", true));

        answerThenChange();
        assertThat(erase("Antrag vom 4. November", null)).hasStatusOk();
        verify(commands)
                .sendAndWait(new ErasePersonalData(ParticipantId.of(Participants.ID), "Antrag vom 4. November", false));
    }

    @Test
    void asksForTheReasonOfAnErasureAndSendsNothingWithoutIt() {
        answer(Participants.elena());
        var page = erase(" ", "true");
        assertThat(page).hasStatus(422);
        assertThat(page).bodyText().contains("erasure-reason-error", "Bitte ausfüllen.");
        verifyNoInteractions(commands);
    }

    @Test
    void erasesNothingUnlessTheAdminConfirms() {
        answer(Participants.elena());
        var page = mvc.post()
                .uri(PAGE + "/erasure")
                .header("HX-Request", "true")
                .param("reason", "request")
                .with(user("admin").roles("ADMIN"))
                .with(csrf())
                .exchange();
        assertThat(page).hasStatus(422);
        assertThat(page).bodyText().contains("erasure-confirmed-error", "Bitte bestätigen Sie die Löschung.");
        verifyNoInteractions(commands);
    }

    @Test
    void letsNoCoachChangeTheCoachAndOnlyAdminsErase() {
        assertThat(mvc.post()
                        .uri(PAGE + "/coach")
                        .param("coach", "coach2")
                        .with(user("coach1").roles("COACH"))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri(PAGE + "/erasure")
                        .param("reason", "request")
                        .with(user("lead").roles("TEAM_LEAD"))
                        .with(csrf()))
                .hasStatus(403);
        verifyNoInteractions(commands);
    }

    @Test
    void showsReferralsMobilityAndTheSupportFormsWithTheDirectoryToPickFrom() {
        answer(Participants.elenaSupported());
        var page = mvc.get().uri(PAGE).with(user("coach1").roles("COACH")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "Vermittlungen",
                        "Gesundheit · Praxis Dr. Ionescu",
                        "nicht im Anbieterverzeichnis",
                        "offen",
                        "Fahrtkosten · Münsterland · 120,00 €",
                        "Vermittlung an einen Anbieter",
                        "<option value=\"Gesundheitsamt Dortmund\">Gesundheit, Sucht</option>",
                        "Vermittlung abschließen",
                        "<option value=\"" + Participants.REFERRAL + "\">",
                        "Mobilitätshilfe",
                        "Art der Qualifizierung");
    }

    @Test
    void offersNoClosingWithoutAnOpenReferral() {
        answer(Participants.elena());
        assertThat(mvc.get().uri(PAGE).with(user("coach1").roles("COACH")))
                .bodyText()
                .contains("Vermittlung an einen Anbieter")
                .doesNotContain("Vermittlung abschließen");
    }

    @Test
    void makesAReferralToTheProviderTyped() {
        answerThenChange();
        var page = post(
                "/referrals",
                "date",
                "2026-02-01",
                "area",
                "HEALTH",
                "provider",
                " Praxis Dr. Ionescu ",
                "note",
                "",
                "consentGiven",
                "true");
        assertThat(page).hasStatusOk();
        verify(commands)
                .sendAndWait(argThat(
                        (MakeReferral command) -> command.participantId().equals(ParticipantId.of(Participants.ID))
                                && command.date().equals(LocalDate.of(2026, 2, 1))
                                && command.area() == ReferralArea.HEALTH
                                && command.provider().equals("Praxis Dr. Ionescu")
                                && command.note() == null));
    }

    @Test
    void makesNoReferralWithoutConsent() {
        answer(Participants.elena());
        var page = post("/referrals", "date", "2026-02-01", "area", "HEALTH", "provider", "Praxis Dr. Ionescu");
        assertThat(page).hasStatus(422);
        assertThat(page).bodyText().contains("referral-consentGiven-error", "Ohne Einverständnis keine Vermittlung.");
        verifyNoInteractions(commands);
    }

    @Test
    void closesAReferralWithItsOutcome() {
        answerThenChange();
        var page = post(
                "/referrals/close", "referral", Participants.REFERRAL, "date", "2026-02-20", "outcome", "RESOLVED");
        assertThat(page).hasStatusOk();
        verify(commands)
                .sendAndWait(new CloseReferral(
                        ParticipantId.of(Participants.ID),
                        ReferralId.of(Participants.REFERRAL),
                        LocalDate.of(2026, 2, 20),
                        ReferralOutcome.RESOLVED,
                        null));
    }

    @Test
    void asksWhyAnUnresolvedReferralWasClosedAndSendsNothingWithoutIt() {
        answer(Participants.elenaSupported());
        var page = post(
                "/referrals/close",
                "referral",
                Participants.REFERRAL,
                "date",
                "2026-02-20",
                "outcome",
                "NOT_RESOLVED",
                "reason",
                " ");
        assertThat(page).hasStatus(422);
        assertThat(page)
                .bodyText()
                .contains("referralClosing-reason-error", "Bitte begründen, warum das Anliegen nicht gelöst ist.");
        verifyNoInteractions(commands);
    }

    @Test
    void showsTheMobilityRuleAfterTheExitInPlaceOfTheForm() {
        answer(Participants.elena());
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException(
                        "after exit",
                        null,
                        new RuleViolation(PathwayRule.MOBILITY_AFTER_EXIT, "RELOCATION after exit", null)));
        var page = post("/mobility", "date", "2026-08-01", "kind", "RELOCATION", "amountEur", "350.50");
        assertThat(page).hasStatus(409);
        assertThat(page)
                .bodyText()
                .contains("Nach dem Austritt kann nur noch eine Arbeit in einer anderen Region erfasst werden.");
        verify(commands)
                .sendAndWait(new RecordMobilitySupport(
                        ParticipantId.of(Participants.ID),
                        LocalDate.of(2026, 8, 1),
                        MobilityKind.RELOCATION,
                        null,
                        new BigDecimal("350.50"),
                        null));
    }

    @Test
    void refusesANegativeAmountBesideItsField() {
        answer(Participants.elena());
        var page = post("/mobility", "date", "2026-02-01", "kind", "TICKET", "amountEur", "-5");
        assertThat(page).hasStatus(422);
        assertThat(page).bodyText().contains("mobility-amountEur-error", "Der Betrag darf nicht negativ sein.");
        verifyNoInteractions(commands);
    }

    @Test
    void recordsTheKindOfAQualification() {
        answerThenChange();
        var page = post(
                "/qualifications",
                "date",
                "2026-03-01",
                "title",
                "Mietführerschein",
                "certificate",
                "MODULE",
                "kind",
                "HOUSING");
        assertThat(page).hasStatusOk();
        verify(commands)
                .sendAndWait(new RecordQualification(
                        ParticipantId.of(Participants.ID),
                        LocalDate.of(2026, 3, 1),
                        "Mietführerschein",
                        Certificate.MODULE,
                        QualificationKind.HOUSING));
    }

    /** A form sent by htmx as coach1, with its fields as name-value pairs. */
    private MvcTestResult post(String route, String... fields) {
        var request = mvc.post().uri(PAGE + route).header("HX-Request", "true");
        for (var i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.with(user("coach1").roles("COACH")).with(csrf()).exchange();
    }

    private MvcTestResult erase(String reason, @Nullable String overrideRetention) {
        var request = mvc.post()
                .uri(PAGE + "/erasure")
                .header("HX-Request", "true")
                .param("reason", reason)
                .param("confirmed", "true");
        if (overrideRetention != null) {
            request = request.param("overrideRetention", overrideRetention);
        }
        return request.with(user("admin").roles("ADMIN")).with(csrf()).exchange();
    }

    /** The view as the form finds it, then changed, as the read side shows it once the command is applied. */
    @Test
    void offersEveryReaderTheFilledInQuestionnaireToPrintForSignature() {
        answer(Participants.elena());
        var page = mvc.get().uri(PAGE).with(user("auditor").roles("AUDITOR")).exchange();
        assertThat(page)
                .bodyText()
                .contains("action=\"/participants/" + Participants.ID + "/intake.pdf\"", "target=\"_blank\"")
                .contains("<option value=\"bg\">Bulgarisch (Български)", "Fragebogen zur Unterschrift drucken");
    }

    private void answerThenChange() {
        given(queries.query(any(), any(ResponseType.class)))
                .willReturn(
                        CompletableFuture.completedFuture(Participants.elena()),
                        CompletableFuture.completedFuture(Participants.elenaCoachedSince(START)));
        answerCoaches();
    }

    private MvcTestResult startStage(String stage) {
        return mvc.post()
                .uri(PAGE + "/stages")
                .header("HX-Request", "true")
                .param("stage", stage)
                .param("startDate", "2026-01-20")
                .with(user("coach1").roles("COACH"))
                .with(csrf())
                .exchange();
    }

    private void answer(ParticipantView participant) {
        given(queries.query(any(), any(ResponseType.class))).willReturn(CompletableFuture.completedFuture(participant));
        answerCoaches();
    }

    /** The coaches a team lead may choose from and the provider directory; stubbed last, so that they win over the participant. */
    private void answerCoaches() {
        given(queries.query(any(FindCoaches.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(Participants.COACHES));
        given(queries.query(any(FindProviders.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(List.of(new ProviderEntry(
                        "3a7e0c52-9d14-4b8f-a6e2-5c1d0b9f8e7a",
                        "Gesundheitsamt Dortmund",
                        List.of(ReferralArea.HEALTH, ReferralArea.ADDICTION),
                        "Hövelstraße 8",
                        List.of("de", "ro")))));
    }
}
