package de.lotse.command.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.participant.CorrectIntake;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.ParticipantId;
import de.lotse.platform.testing.ApiSecurity;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(CorrectionController.class)
@ApiSecurity
class CorrectionControllerTest {

    private static final ParticipantId ID = ParticipantId.of("8f6a4c1e-2b1d-4d7e-9a51-3c0f2e6b7a10");

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private CommandGateway commands;

    @Test
    void correctsAFieldNamedAsInTheIntake() {
        var result = correct("{\"field\": \"labourStatus\", \"value\": \"UNEMPLOYED\", \"reason\": \"typo\"}");

        assertThat(result).hasStatus(204);
        verify(commands).sendAndWait(new CorrectIntake(ID, IntakeField.LABOUR_STATUS, "UNEMPLOYED", "typo"));
    }

    @Test
    void correctsIscedToUnknown() {
        assertThat(correct("{\"field\": \"isced\", \"value\": null, \"reason\": \"not known\"}"))
                .hasStatus(204);
        verify(commands).sendAndWait(new CorrectIntake(ID, IntakeField.ISCED, null, "not known"));
    }

    @Test
    void rejectsAnUnknownField() {
        assertInvalid(correct("{\"field\": \"coach\", \"value\": \"coach2\", \"reason\": \"typo\"}"), "field");
    }

    @Test
    void rejectsAValueTheFieldDoesNotAccept() {
        assertInvalid(correct("{\"field\": \"isced\", \"value\": \"9\", \"reason\": \"typo\"}"), "value");
    }

    @Test
    void rejectsADateThatDoesNotExist() {
        assertInvalid(correct("{\"field\": \"entryDate\", \"value\": \"2026-02-30\", \"reason\": \"typo\"}"), "value");
    }

    @Test
    void rejectsADateOfBirthNotInThePastAsTheIntakeDoes() {
        var tomorrow = LocalDate.now().plusDays(1);
        assertInvalid(
                correct("{\"field\": \"dateOfBirth\", \"value\": \"" + tomorrow + "\", \"reason\": \"typo\"}"),
                "value");
    }

    @Test
    void rejectsACorrectionWithoutReason() {
        assertInvalid(correct("{\"field\": \"gender\", \"value\": \"MALE\"}"), "reason");
    }

    private MvcTestResult correct(String body) {
        return mvc.post()
                .uri("/api/participants/" + ID + "/corrections")
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
                .containsExactly(field);
        verifyNoInteractions(commands);
    }
}
