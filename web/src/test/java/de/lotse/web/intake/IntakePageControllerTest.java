package de.lotse.web.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.access.Refusal;
import de.lotse.api.account.FindCoaches;
import de.lotse.api.participant.EnrolParticipant;
import de.lotse.api.pathway.PathwayRule;
import de.lotse.api.pathway.RuleViolation;
import de.lotse.web.Participants;
import de.lotse.web.WebSlice;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;

@WebMvcTest(IntakePageController.class)
@WebSlice
class IntakePageControllerTest {

    private static final String EXISTING = "6f1c2d0e-8a53-4c8e-9d7a-3b1f5e2a9c01";

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private QueryGateway queries;

    @Test
    void showsTheQuestionnairePresetToTheCoach() {
        var page = mvc.get()
                .uri("/participants/new")
                .with(user("coach1").roles("COACH"))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "Neue Aufnahme", "for=\"intake-firstName\"", "value=\"coach1\"", "keine Angabe", "staatenlos");
    }

    @Test
    void showsEachInvalidAnswerBesideItsFieldAndSendsNothing() {
        var form = elena();
        form.set("isced", "9");
        form.remove("consentGiven");
        form.set("postcode", "!");
        var page = post(form, "coach1", "COACH");
        assertThat(page).hasStatus(422);
        assertThat(page)
                .bodyText()
                .contains("Höchstens 8.", "Ohne Einwilligung ist keine Aufnahme möglich.", "3 bis 10 Zeichen");
        verifyNoInteractions(commands);
    }

    @Test
    void enrolsACoachsParticipantIntoTheOwnCaseload() {
        var form = elena();
        form.set("coach", "coach2");
        var page = post(form, "coach1", "COACH");
        assertThat(page).hasStatus3xxRedirection();
        assertThat(page.getResponse().getRedirectedUrl()).startsWith("/participants/");
        var sent = ArgumentCaptor.forClass(EnrolParticipant.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().coach()).isEqualTo("coach1");
        assertThat(sent.getValue().personalDetails().lastName()).isEqualTo("Popescu");
        assertThat(sent.getValue().isced()).isNull();
    }

    @Test
    void letsATeamLeadChooseTheCoach() {
        var form = elena();
        form.set("coach", "coach2");
        assertThat(post(form, "lead", "TEAM_LEAD")).hasStatus3xxRedirection();
        var sent = ArgumentCaptor.forClass(EnrolParticipant.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().coach()).isEqualTo("coach2");
    }

    @Test
    void offersATeamLeadTheCoachesByName() {
        answerCoaches();
        var page = mvc.get()
                .uri("/participants/new")
                .with(user("lead").roles("TEAM_LEAD"))
                .exchange();
        assertThat(page)
                .bodyText()
                .contains("<option value=\"coach1\">Clara Adler</option>", "list=\"intake-coach-choices\"");
    }

    @Test
    void showsBesideTheCoachFieldThatTheChosenNameHoldsNoCaseload() {
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException("not a coach", null, Refusal.notACoach("evaluator")));
        var form = elena();
        form.set("coach", "evaluator");
        var page = post(form, "lead", "TEAM_LEAD");
        assertThat(page).hasStatus(422);
        assertThat(page)
                .bodyText()
                .contains("intake-coach-error", "Kein aktives Konto mit der Rolle Coach oder Teamleitung.")
                .doesNotContain("role=\"alert\"><p>");
    }

    @Test
    void warnsOfADuplicateIntakeWithALinkToTheExistingParticipant() {
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException(
                        "duplicate", null, new RuleViolation(PathwayRule.DUPLICATE_INTAKE, "duplicate", EXISTING)));
        var page = post(elena(), "coach1", "COACH");
        assertThat(page).hasStatus(409);
        assertThat(page).bodyText().contains("bereits aufgenommen", "/participants/" + EXISTING);
    }

    @Test
    void speaksEnglishWhenAsked() {
        var page = mvc.get()
                .uri("/participants/new?lang=en")
                .with(user("coach1").roles("COACH"))
                .exchange();
        assertThat(page).bodyText().contains("New intake", "declined", "lang=\"en\"");
    }

    @Test
    void refusesEvaluatorsAndAuditors() {
        assertThat(mvc.get().uri("/participants/new").with(user("evaluator").roles("EVALUATOR")))
                .hasStatus(403);
        assertThat(post(elena(), "auditor", "AUDITOR")).hasStatus(403);
        verifyNoInteractions(commands);
    }

    @Test
    void offersTheBlankQuestionnaireToPrintInTheParticipantsLanguage() {
        var page = mvc.get()
                .uri("/participants/new")
                .with(user("coach1").roles("COACH"))
                .exchange();
        assertThat(page)
                .bodyText()
                .contains(
                        "action=\"/forms/intake.pdf\"", "name=\"language\"", "<option value=\"ro\">Rumänisch (Română)")
                .contains("<option value=\"ar\">Arabisch (العربية)", "Leeren Fragebogen drucken");
    }

    private MvcTestResult post(LinkedMultiValueMap<String, String> form, String name, String role) {
        given(queries.query(any(), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(Participants.elena()));
        answerCoaches();
        return mvc.post()
                .uri("/participants")
                .params(form)
                .with(user(name).roles(role))
                .with(csrf())
                .exchange();
    }

    private void answerCoaches() {
        given(queries.query(any(FindCoaches.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(Participants.COACHES));
    }

    private static LinkedMultiValueMap<String, String> elena() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("firstName", "Elena");
        form.add("lastName", "Popescu");
        form.add("dateOfBirth", "1991-03-02");
        form.add("postcode", "44147");
        form.add("gender", "FEMALE");
        form.add("entryDate", "2026-01-15");
        form.add("labourStatus", "LONG_TERM_UNEMPLOYED");
        form.add("isced", "");
        form.add("nationality", "RO");
        form.add("foreignBackground", "YES");
        form.add("disability", "NO");
        form.add("minority", "DECLINED");
        form.add("homeless", "NO");
        form.add("rural", "false");
        form.add("consentGiven", "true");
        form.add("coach", "coach1");
        return form;
    }
}
