package de.lotse.command.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.access.Refusal;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.AbortStage;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.CompleteStage;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.HousingSituation;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.PathwayRule;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.RecordExit;
import de.lotse.api.pathway.RecordFollowUp;
import de.lotse.api.pathway.RecordHousingSituation;
import de.lotse.api.pathway.RecordLabourMarketSituation;
import de.lotse.api.pathway.RecordQualification;
import de.lotse.api.pathway.RuleViolation;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StartStage;
import de.lotse.platform.testing.ApiSecurity;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(PathwayController.class)
@ApiSecurity
class PathwayControllerTest {

    private static final ParticipantId ID = ParticipantId.of("8f6a4c1e-2b1d-4d7e-9a51-3c0f2e6b7a10");
    private static final String PARTICIPANT = "/api/participants/" + ID;
    private static final LocalDate DATE = LocalDate.of(2026, 3, 1);

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private CommandGateway commands;

    @Test
    void startsAStage() {
        assertThat(post("/stages", "{\"stage\": \"COACHING\", \"startDate\": \"2026-03-01\"}"))
                .hasStatus(204);
        verify(commands).sendAndWait(new StartStage(ID, Stage.COACHING, DATE));
    }

    @Test
    void completesTheStageNamedInThePath() {
        assertThat(post("/stages/LANGUAGE_SUPPORT/complete", "{\"date\": \"2026-03-01\", \"note\": \"B1\"}"))
                .hasStatus(204);
        verify(commands).sendAndWait(new CompleteStage(ID, Stage.LANGUAGE_SUPPORT, DATE, "B1"));
    }

    @Test
    void abortsTheStageNamedInThePath() {
        assertThat(post("/stages/COACHING/abort", "{\"date\": \"2026-03-01\", \"reason\": \"moved\"}"))
                .hasStatus(204);
        verify(commands).sendAndWait(new AbortStage(ID, Stage.COACHING, DATE, "moved"));
    }

    @Test
    void rejectsAnAbortWithoutReason() {
        assertInvalid(post("/stages/COACHING/abort", "{\"date\": \"2026-03-01\"}"), "reason");
    }

    @Test
    void rejectsAnUnknownStageInThePath() {
        assertInvalid(post("/stages/KNITTING/complete", "{\"date\": \"2026-03-01\"}"), "stage");
    }

    @Test
    void recordsAQualification() {
        assertThat(post(
                        "/qualifications",
                        "{\"date\": \"2026-03-01\", \"title\": \"Forklift licence\", \"certificate\": \"RECOGNISED\"}"))
                .hasStatus(204);
        verify(commands)
                .sendAndWait(new RecordQualification(
                        ID, DATE, "Forklift licence", Certificate.RECOGNISED, QualificationKind.VOCATIONAL));
    }

    @Test
    void recordsTheKindOfAQualification() {
        assertThat(post(
                        "/qualifications",
                        "{\"date\": \"2026-03-01\", \"title\": \"Tenancy course\", \"certificate\": \"MODULE\","
                                + " \"kind\": \"HOUSING\"}"))
                .hasStatus(204);
        verify(commands)
                .sendAndWait(new RecordQualification(
                        ID, DATE, "Tenancy course", Certificate.MODULE, QualificationKind.HOUSING));
    }

    @Test
    void rejectsAnUnknownKindOfQualification() {
        assertInvalid(
                post(
                        "/qualifications",
                        "{\"date\": \"2026-03-01\", \"title\": \"Tenancy course\", \"certificate\": \"MODULE\","
                                + " \"kind\": \"KNITTING\"}"),
                "kind");
    }

    @Test
    void recordsALabourMarketSituation() {
        assertThat(post("/situations", "{\"date\": \"2026-03-01\", \"situation\": \"EMPLOYED\"}"))
                .hasStatus(204);
        verify(commands).sendAndWait(new RecordLabourMarketSituation(ID, DATE, LabourMarketSituation.EMPLOYED, null));
    }

    @Test
    void recordsAHousingSituation() {
        assertThat(post("/housing", "{\"date\": \"2026-03-01\", \"situation\": \"OWN_TENANCY\", \"detail\": \"flat\"}"))
                .hasStatus(204);
        verify(commands).sendAndWait(new RecordHousingSituation(ID, DATE, HousingSituation.OWN_TENANCY, "flat"));
    }

    @Test
    void recordsTheExit() {
        assertThat(post("/exit", "{\"exitDate\": \"2026-03-01\", \"reason\": \"COMPLETED\"}"))
                .hasStatus(204);
        verify(commands).sendAndWait(new RecordExit(ID, DATE, ExitReason.COMPLETED));
    }

    @Test
    void recordsTheFollowUp() {
        assertThat(post(
                        "/follow-up",
                        "{\"date\": \"2026-03-01\", \"situation\": \"UNREACHABLE\", \"betterSituation\": false}"))
                .hasStatus(204);
        verify(commands).sendAndWait(new RecordFollowUp(ID, DATE, FollowUpSituation.UNREACHABLE, false));
    }

    @Test
    void rejectsAFollowUpWithoutBetterSituation() {
        assertInvalid(post("/follow-up", "{\"date\": \"2026-03-01\", \"situation\": \"EMPLOYED\"}"), "betterSituation");
    }

    @Test
    void answersConflictWithTheRuleABrokenRuleNames() {
        var violation = new RuleViolation(PathwayRule.COACHING_FIRST, "QUALIFICATION needs COACHING.", null);
        given(commands.sendAndWait(any())).willThrow(new CommandExecutionException("refused", null, violation));

        var result = post("/stages", "{\"stage\": \"QUALIFICATION\", \"startDate\": \"2026-03-01\"}");

        assertThat(result).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:lotse:rule:coaching-first");
        assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("COACHING_FIRST");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("QUALIFICATION needs COACHING.");
    }

    @Test
    void answersForbiddenForAnotherCoachesParticipant() {
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException("refused", null, Refusal.notYourCaseload(ID)));

        var result = post("/exit", "{\"exitDate\": \"2026-03-01\", \"reason\": \"COMPLETED\"}");

        assertThat(result).hasStatus(403);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:lotse:problem:not-your-caseload");
    }

    @Test
    void answersNotFoundForAnUnknownParticipant() {
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException("refused", null, Refusal.unknownParticipant(ID)));

        var result = post("/exit", "{\"exitDate\": \"2026-03-01\", \"reason\": \"COMPLETED\"}");

        assertThat(result).hasStatus(404);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:lotse:problem:unknown-participant");
    }

    @Test
    void answersNotFoundForAnIdThatIsNoUuid() {
        var result = mvc.post()
                .uri("/api/participants/not-a-uuid/exit")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"exitDate\": \"2026-03-01\", \"reason\": \"COMPLETED\"}")
                .with(user("coach1").roles("COACH"))
                .exchange();

        assertThat(result).hasStatus(404);
        verifyNoInteractions(commands);
    }

    @Test
    void answersConflictForAConcurrentChange() {
        given(commands.sendAndWait(any())).willThrow(new ConcurrencyException("sequence 3 exists"));

        var result = post("/situations", "{\"date\": \"2026-03-01\", \"situation\": \"EMPLOYED\"}");

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:lotse:problem:concurrent-change");
    }

    @Test
    void answersAnInternalErrorForARefusalWithoutDetails() {
        given(commands.sendAndWait(any())).willThrow(new CommandExecutionException("lost", null));

        var result = post("/situations", "{\"date\": \"2026-03-01\", \"situation\": \"EMPLOYED\"}");

        assertThat(result).hasStatus(500).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:lotse:problem:internal-error");
        assertThat(result).bodyJson().extractingPath("$.incident").asString().isNotBlank();
    }

    @Test
    void answersAnUnforeseenFailureAsAProblemNamingTheIncident() {
        given(commands.sendAndWait(any())).willThrow(new IllegalStateException("a bug with a secret in it"));

        var result = post("/situations", "{\"date\": \"2026-03-01\", \"situation\": \"EMPLOYED\"}");

        assertThat(result).hasStatus(500).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:lotse:problem:internal-error");
        assertThat(result).bodyText().doesNotContain("secret");
    }

    @Test
    void answersForbiddenToAnAuditor() {
        var result = mvc.post()
                .uri(PARTICIPANT + "/exit")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"exitDate\": \"2026-03-01\", \"reason\": \"COMPLETED\"}")
                .with(user("auditor").roles("AUDITOR"))
                .exchange();

        assertThat(result).hasStatus(403);
        verifyNoInteractions(commands);
    }

    private MvcTestResult post(String route, String body) {
        return mvc.post()
                .uri(PARTICIPANT + route)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(user("coach1").roles("COACH"))
                .exchange();
    }

    private void assertInvalid(MvcTestResult result, String field) {
        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asInstanceOf(LIST)
                .contains(field);
        verifyNoInteractions(commands);
    }
}
