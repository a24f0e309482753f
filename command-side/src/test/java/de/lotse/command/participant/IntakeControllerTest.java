package de.lotse.command.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.participant.EnrolParticipant;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.PathwayRule;
import de.lotse.api.pathway.RuleViolation;
import de.lotse.platform.testing.ApiSecurity;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.CannotCreateTransactionException;

@WebMvcTest(IntakeController.class)
@ApiSecurity
class IntakeControllerTest {

    private static final String ID = "8f6a4c1e-2b1d-4d7e-9a51-3c0f2e6b7a10";
    private static final String INTAKE = """
            {
              "firstName": "Elena", "lastName": "Popescu", "dateOfBirth": "1991-03-02",
              "postcode": "44147", "gender": "FEMALE",
              "entryDate": "2026-01-15",
              "labourStatus": "LONG_TERM_UNEMPLOYED",
              "isced": 2,
              "nationality": "RO",
              "foreignBackground": "YES", "disability": "NO", "minority": "DECLINED",
              "homeless": "NO", "rural": false,
              "consentGiven": true,
              "coach": "coach1"
            }""";

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private CommandGateway commands;

    @Test
    void enrolsANewParticipantAnsweringCreatedWithItsLocation() {
        given(commands.sendAndWait(any())).willReturn(EnrolmentOutcome.ENROLLED);

        var result = intake(INTAKE);

        assertThat(result).hasStatus(201);
        var command = ArgumentCaptor.forClass(EnrolParticipant.class);
        verify(commands).sendAndWait(command.capture());
        var id = command.getValue().participantId().toString();
        assertThat(result).headers().hasValue("Location", "/api/participants/" + id);
        assertThat(result).bodyJson().extractingPath("$.id").isEqualTo(id);
        assertThat(command.getValue().personalDetails().lastName()).isEqualTo("Popescu");
    }

    @Test
    void answersOkWithTheSameIdWhenTheIntakeIsRepeated() {
        given(commands.sendAndWait(any())).willReturn(EnrolmentOutcome.ALREADY_ENROLLED);

        var result = intake(INTAKE.replace("{", "{\"id\": \"" + ID + "\","));

        assertThat(result).hasStatus(200);
        assertThat(result).bodyJson().extractingPath("$.id").isEqualTo(ID);
        var command = ArgumentCaptor.forClass(EnrolParticipant.class);
        verify(commands).sendAndWait(command.capture());
        assertThat(command.getValue().participantId()).isEqualTo(ParticipantId.of(ID));
    }

    @Test
    void rejectsAMissingField() {
        assertInvalid(intake(INTAKE.replace("\"rural\": false,", "")), "rural");
    }

    @Test
    void rejectsABlankName() {
        assertInvalid(intake(INTAKE.replace("\"Elena\"", "\"  \"")), "firstName");
    }

    @Test
    void rejectsAnUnknownEnumValue() {
        assertInvalid(intake(INTAKE.replace("\"FEMALE\"", "\"DIVERSE\"")), "gender");
    }

    @Test
    void rejectsAnIntakeWithoutConsent() {
        assertInvalid(intake(INTAKE.replace("\"consentGiven\": true", "\"consentGiven\": false")), "consentGiven");
    }

    @Test
    void rejectsADateThatDoesNotExist() {
        assertInvalid(intake(INTAKE.replace("2026-01-15", "2026-02-30")), "entryDate");
    }

    @Test
    void rejectsIsced9() {
        assertInvalid(intake(INTAKE.replace("\"isced\": 2", "\"isced\": 9")), "isced");
    }

    @Test
    void acceptsAnUnknownIsced() {
        given(commands.sendAndWait(any())).willReturn(EnrolmentOutcome.ENROLLED);

        assertThat(intake(INTAKE.replace("\"isced\": 2", "\"isced\": null"))).hasStatus(201);
    }

    @Test
    void rejectsAnUnknownNationality() {
        assertInvalid(intake(INTAKE.replace("\"RO\"", "\"ZZ\"")), "nationality");
    }

    @Test
    void rejectsADateOfBirthInTheFuture() {
        assertInvalid(intake(INTAKE.replace("1991-03-02", "2999-01-01")), "dateOfBirth");
    }

    @Test
    void rejectsAnInvalidPostcode() {
        assertInvalid(intake(INTAKE.replace("\"44147\"", "\"44147#\"")), "postcode");
    }

    @Test
    void answersConflictNamingTheExistingParticipantOfADuplicate() {
        var violation = new RuleViolation(PathwayRule.DUPLICATE_INTAKE, "Same person.", ID);
        given(commands.sendAndWait(any())).willThrow(new CommandExecutionException("Same person.", null, violation));

        var result = intake(INTAKE);

        assertThat(result).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:lotse:rule:duplicate-intake");
        assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("DUPLICATE_INTAKE");
        assertThat(result).bodyJson().extractingPath("$.existingId").isEqualTo(ID);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(409);
    }

    @Test
    void answersUnavailableWhenNoTransactionCanBegin() {
        given(commands.sendAndWait(any()))
                .willThrow(new CannotCreateTransactionException(
                        "Could not open JDBC Connection for transaction",
                        new SQLTransientConnectionException("Connection is not available")));

        assertUnavailable(intake(INTAKE));
    }

    @Test
    void answersUnavailableWhenTheEventStoreLostItsConnection() {
        var lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException("failed", new EventStoreException("not persisted", lost)));

        assertUnavailable(intake(INTAKE));
    }

    @Test
    void answersUnauthorizedWithoutCredentials() {
        var result = mvc.post()
                .uri("/api/participants")
                .contentType(MediaType.APPLICATION_JSON)
                .content(INTAKE)
                .exchange();

        assertThat(result).hasStatus(401);
        verifyNoInteractions(commands);
    }

    @Test
    void answersForbiddenToAnEvaluator() {
        var result = mvc.post()
                .uri("/api/participants")
                .contentType(MediaType.APPLICATION_JSON)
                .content(INTAKE)
                .with(user("evaluator").roles("EVALUATOR"))
                .exchange();

        assertThat(result).hasStatus(403);
        verifyNoInteractions(commands);
    }

    private MvcTestResult intake(String body) {
        return mvc.post()
                .uri("/api/participants")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(user("coach1").roles("COACH"))
                .exchange();
    }

    private static void assertUnavailable(MvcTestResult result) {
        assertThat(result).hasStatus(503).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).headers().hasValue("Retry-After", "5");
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:lotse:problem:unavailable");
    }

    private void assertInvalid(MvcTestResult result, String field) {
        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:lotse:problem:invalid-request");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asInstanceOf(LIST)
                .contains(field);
        verifyNoInteractions(commands);
    }
}
