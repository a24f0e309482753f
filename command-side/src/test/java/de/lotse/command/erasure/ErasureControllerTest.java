package de.lotse.command.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.participant.ErasePersonalData;
import de.lotse.api.participant.ParticipantId;
import de.lotse.platform.testing.ApiSecurity;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(ErasureController.class)
@ApiSecurity
class ErasureControllerTest {

    private static final ParticipantId ID = ParticipantId.of("8f6a4c1e-2b1d-4d7e-9a51-3c0f2e6b7a10");

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private CommandGateway commands;

    @Test
    void erasesWithoutOverridingRetentionWhenTheFlagIsAbsent() {
        assertThat(erase("{\"reason\": \"request of the participant\"}")).hasStatus(204);
        verify(commands).sendAndWait(new ErasePersonalData(ID, "request of the participant", false));
    }

    @Test
    void overridesRetentionWhenAsked() {
        assertThat(erase("{\"reason\": \"court order\", \"overrideRetention\": true}"))
                .hasStatus(204);
        verify(commands).sendAndWait(new ErasePersonalData(ID, "court order", true));
    }

    @Test
    void refusesAnErasureWithoutReason() {
        assertThat(erase("{\"overrideRetention\": true}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("reason");
        verifyNoInteractions(commands);
    }

    private MvcTestResult erase(String body) {
        return mvc.post()
                .uri("/api/participants/" + ID + "/erasure")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(user("admin").roles("ADMIN"))
                .exchange();
    }
}
