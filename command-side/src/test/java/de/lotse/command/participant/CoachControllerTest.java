package de.lotse.command.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.caseload.ReassignCoach;
import de.lotse.api.participant.ParticipantId;
import de.lotse.platform.testing.ApiSecurity;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(CoachController.class)
@ApiSecurity
class CoachControllerTest {

    private static final ParticipantId ID = ParticipantId.of("8f6a4c1e-2b1d-4d7e-9a51-3c0f2e6b7a10");

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private CommandGateway commands;

    @Test
    void letsATeamLeadReassignTheCoach() {
        var result = mvc.post()
                .uri("/api/participants/" + ID + "/coach")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"coach\": \"coach2\"}")
                .with(user("lead").roles("TEAM_LEAD"))
                .exchange();

        assertThat(result).hasStatus(204);
        verify(commands).sendAndWait(new ReassignCoach(ID, "coach2"));
    }

    @Test
    void answersForbiddenToACoach() {
        var result = mvc.post()
                .uri("/api/participants/" + ID + "/coach")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"coach\": \"coach1\"}")
                .with(user("coach1").roles("COACH"))
                .exchange();

        assertThat(result).hasStatus(403);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:lotse:problem:forbidden");
        verifyNoInteractions(commands);
    }
}
