package de.lotse.command.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.access.Refusal;
import de.lotse.api.provider.ListProvider;
import de.lotse.api.provider.ProviderId;
import de.lotse.api.support.ReferralArea;
import de.lotse.platform.testing.ApiSecurity;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(ProviderController.class)
@ApiSecurity
class ProviderControllerTest {

    private static final String BODY = """
            {"name": "Gesundheitsamt Dortmund", "areas": ["HEALTH", "ADDICTION"],
             "address": "Hövelstraße 8, 44137 Dortmund", "languages": ["de", "ro", "bg", "ro"]}""";

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private CommandGateway commands;

    @Test
    void listsAProviderAndAnswersItsId() {
        var result = post(BODY, "lead", "TEAM_LEAD");

        assertThat(result).hasStatus(201);
        assertThat(result).bodyJson().extractingPath("$.id").asString().hasSize(36);
        verify(commands)
                .sendAndWait(argThat((ListProvider command) -> command.name().equals("Gesundheitsamt Dortmund")
                        && command.areas().equals(Set.of(ReferralArea.HEALTH, ReferralArea.ADDICTION))
                        && command.languages().equals(List.of("de", "ro", "bg"))));
    }

    @Test
    void rejectsAProviderWithoutAreas() {
        assertInvalid(post(BODY.replace("\"HEALTH\", \"ADDICTION\"", ""), "lead", "TEAM_LEAD"), "areas");
    }

    @Test
    void rejectsAnUnknownArea() {
        assertInvalid(post(BODY.replace("ADDICTION", "KNITTING"), "lead", "TEAM_LEAD"), "areas[1]");
    }

    @Test
    void rejectsALanguageThatIsNoIsoCode() {
        assertInvalid(post(BODY.replace("\"bg\"", "\"Bulgarian\""), "admin", "ADMIN"), "languages[2]");
    }

    @Test
    void rejectsAProviderWithoutName() {
        assertInvalid(post(BODY.replace("Gesundheitsamt Dortmund", " "), "lead", "TEAM_LEAD"), "name");
    }

    @Test
    void answersConflictForANameListedAlready() {
        given(commands.sendAndWait(any()))
                .willThrow(
                        new CommandExecutionException("refused", null, Refusal.providerNameTaken(ProviderId.random())));

        var result = post(BODY, "lead", "TEAM_LEAD");

        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:lotse:problem:provider-name-taken");
    }

    @Test
    void answersForbiddenToACoach() {
        assertThat(post(BODY, "coach1", "COACH")).hasStatus(403);
        verifyNoInteractions(commands);
    }

    private MvcTestResult post(String body, String user, String role) {
        return mvc.post()
                .uri("/api/providers")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(user(user).roles(role))
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
