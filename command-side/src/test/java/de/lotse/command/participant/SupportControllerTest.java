package de.lotse.command.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.access.Refusal;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.PathwayRule;
import de.lotse.api.pathway.RuleViolation;
import de.lotse.api.support.CloseReferral;
import de.lotse.api.support.MakeReferral;
import de.lotse.api.support.MobilityKind;
import de.lotse.api.support.RecordMobilitySupport;
import de.lotse.api.support.ReferralArea;
import de.lotse.api.support.ReferralId;
import de.lotse.api.support.ReferralOutcome;
import de.lotse.platform.testing.ApiSecurity;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(SupportController.class)
@ApiSecurity
class SupportControllerTest {

    private static final ParticipantId ID = ParticipantId.of("8f6a4c1e-2b1d-4d7e-9a51-3c0f2e6b7a10");
    private static final ReferralId REFERRAL = ReferralId.of("5d2c8e0a-7b3f-4e61-9c4d-2a1b0f9e8d7c");
    private static final String PARTICIPANT = "/api/participants/" + ID;
    private static final LocalDate DATE = LocalDate.of(2026, 3, 1);
    private static final String REFERRAL_BODY = """
            {"date": "2026-03-01", "area": "HEALTH", "provider": " Gesundheitsamt Dortmund ",
             "note": "needs a GP", "consentGiven": true}""";

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private CommandGateway commands;

    @Test
    void makesAReferralAndAnswersItsId() {
        var result = post("/referrals", REFERRAL_BODY);

        assertThat(result).hasStatus(201);
        assertThat(result).bodyJson().extractingPath("$.id").asString().hasSize(36);
        verify(commands)
                .sendAndWait(argThat(
                        (MakeReferral command) -> command.participantId().equals(ID)
                                && command.date().equals(DATE)
                                && command.area() == ReferralArea.HEALTH
                                && command.provider().equals("Gesundheitsamt Dortmund")
                                && "needs a GP".equals(command.note())));
    }

    @Test
    void rejectsAReferralWithoutConsent() {
        assertInvalid(post("/referrals", REFERRAL_BODY.replace("true", "false")), "consentGiven");
    }

    @Test
    void rejectsAReferralThatDoesNotSayWhetherThePersonConsented() {
        assertInvalid(post("/referrals", REFERRAL_BODY.replace(", \"consentGiven\": true", "")), "consentGiven");
    }

    @Test
    void rejectsAnUnknownArea() {
        assertInvalid(post("/referrals", REFERRAL_BODY.replace("HEALTH", "KNITTING")), "area");
    }

    @Test
    void rejectsAReferralWithoutProvider() {
        assertInvalid(post("/referrals", REFERRAL_BODY.replace(" Gesundheitsamt Dortmund ", " ")), "provider");
    }

    @Test
    void closesAReferral() {
        assertThat(post(
                        "/referrals/" + REFERRAL + "/close",
                        "{\"date\": \"2026-03-01\", \"outcome\": \"PARTLY_RESOLVED\"}"))
                .hasStatus(204);
        verify(commands).sendAndWait(new CloseReferral(ID, REFERRAL, DATE, ReferralOutcome.PARTLY_RESOLVED, null));
    }

    @Test
    void rejectsAnUnresolvedReferralWithoutReason() {
        assertInvalid(
                post(
                        "/referrals/" + REFERRAL + "/close",
                        "{\"date\": \"2026-03-01\", \"outcome\": \"NOT_RESOLVED\", \"reason\": \" \"}"),
                "reason");
    }

    @Test
    void closesAnUnresolvedReferralWithItsReason() {
        assertThat(post(
                        "/referrals/" + REFERRAL + "/close",
                        "{\"date\": \"2026-03-01\", \"outcome\": \"NOT_RESOLVED\", \"reason\": \"waiting list\"}"))
                .hasStatus(204);
        verify(commands)
                .sendAndWait(new CloseReferral(ID, REFERRAL, DATE, ReferralOutcome.NOT_RESOLVED, "waiting list"));
    }

    @Test
    void answersNotFoundForAReferralIdThatIsNoUuid() {
        var result = post("/referrals/not-a-uuid/close", "{\"date\": \"2026-03-01\", \"outcome\": \"RESOLVED\"}");

        assertThat(result).hasStatus(404);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:lotse:problem:unknown-referral");
        verifyNoInteractions(commands);
    }

    @Test
    void answersNotFoundForAReferralTheParticipantNeverHad() {
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException("refused", null, Refusal.unknownReferral(REFERRAL)));

        var result = post("/referrals/" + REFERRAL + "/close", "{\"date\": \"2026-03-01\", \"outcome\": \"RESOLVED\"}");

        assertThat(result).hasStatus(404);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:lotse:problem:unknown-referral");
    }

    @Test
    void answersConflictForAClosedReferral() {
        var violation = new RuleViolation(PathwayRule.REFERRAL_CLOSED, "closed already", null);
        given(commands.sendAndWait(any())).willThrow(new CommandExecutionException("refused", null, violation));

        var result = post("/referrals/" + REFERRAL + "/close", "{\"date\": \"2026-03-01\", \"outcome\": \"RESOLVED\"}");

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:lotse:rule:referral-closed");
    }

    @Test
    void recordsAMobilitySupport() {
        assertThat(post("/mobility", """
                        {"date": "2026-03-01", "kind": "TRAVEL_COSTS", "region": "Münsterland",
                         "amountEur": 120.00, "note": "interview"}""")).hasStatus(204);
        verify(commands)
                .sendAndWait(new RecordMobilitySupport(
                        ID, DATE, MobilityKind.TRAVEL_COSTS, "Münsterland", new BigDecimal("120.00"), "interview"));
    }

    @Test
    void rejectsANegativeAmount() {
        assertInvalid(
                post("/mobility", "{\"date\": \"2026-03-01\", \"kind\": \"TICKET\", \"amountEur\": -5}"), "amountEur");
    }

    @Test
    void rejectsFractionsOfACent() {
        assertInvalid(
                post("/mobility", "{\"date\": \"2026-03-01\", \"kind\": \"TICKET\", \"amountEur\": 5.001}"),
                "amountEur");
    }

    @Test
    void rejectsMobilityWithoutKind() {
        assertInvalid(post("/mobility", "{\"date\": \"2026-03-01\"}"), "kind");
    }

    @Test
    void answersForbiddenToAnAuditor() {
        var result = mvc.post()
                .uri(PARTICIPANT + "/referrals")
                .contentType(MediaType.APPLICATION_JSON)
                .content(REFERRAL_BODY)
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
