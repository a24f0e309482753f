package de.lotse.web.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.access.Refusal;
import de.lotse.api.provider.FindProviders;
import de.lotse.api.provider.ListProvider;
import de.lotse.api.provider.ProviderEntry;
import de.lotse.api.support.ReferralArea;
import de.lotse.web.WebSlice;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(ProvidersPageController.class)
@WebSlice
class ProvidersPageControllerTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private QueryGateway queries;

    @BeforeEach
    void answerTheDirectory() {
        given(queries.query(any(), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(List.of(new ProviderEntry(
                        "5f0c2a8e-3b7d-4c1e-9a6f-2d8b4e7c1a90",
                        "Gesundheitsamt Dortmund",
                        List.of(ReferralArea.HEALTH, ReferralArea.ADDICTION),
                        "Hövelstraße 8, 44137 Dortmund",
                        List.of("de", "ro")))));
    }

    @Test
    void listsTheDirectoryToACoachWithoutTheFormToListAProvider() {
        var page =
                mvc.get().uri("/providers").with(user("coach1").roles("COACH")).exchange();

        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "Gesundheitsamt Dortmund",
                        "Gesundheit, Sucht",
                        "Hövelstraße 8, 44137 Dortmund",
                        "Deutsch (de), Rumänisch (ro)")
                .doesNotContain("Anbieter aufnehmen");
        verify(queries).query(argThat((FindProviders query) -> query.area() == null), any(ResponseType.class));
    }

    @Test
    void asksOnlyForTheProvidersOfTheChosenArea() {
        assertThat(mvc.get().uri("/providers?area=HEALTH").with(user("coach1").roles("COACH")))
                .hasStatusOk();

        verify(queries)
                .query(argThat((FindProviders query) -> query.area() == ReferralArea.HEALTH), any(ResponseType.class));
    }

    @Test
    void listsAProviderForATeamLeadWithTheLanguagesAsCodes() {
        assertThat(mvc.get().uri("/providers").with(user("lead").roles("TEAM_LEAD")))
                .bodyText()
                .contains("Anbieter aufnehmen", "value=\"de\"");

        var answer =
                listProvider(" Jobcenter Dortmund ", "Steinstraße 39, 44147 Dortmund", "de, RO  bg,de", "SUBSISTENCE");

        assertThat(answer).hasRedirectedUrl("/providers");
        verify(commands)
                .sendAndWait(argThat((ListProvider command) -> command.name().equals("Jobcenter Dortmund")
                        && command.areas().equals(Set.of(ReferralArea.SUBSISTENCE))
                        && command.address().equals("Steinstraße 39, 44147 Dortmund")
                        && command.languages().equals(List.of("de", "ro", "bg"))));
    }

    @Test
    void showsEveryMissingOrMalformedFieldAndSendsNothing() {
        var answer = listProvider(" ", "", "deutsch", null);

        assertThat(answer).hasStatus(422);
        assertThat(answer)
                .bodyText()
                .contains(
                        "newProvider-name-error",
                        "newProvider-areas-error",
                        "Bitte mindestens einen Bereich wählen.",
                        "newProvider-address-error",
                        "newProvider-languages-error",
                        "Bitte ISO-639-1-Kürzel");
        verifyNoInteractions(commands);
    }

    @Test
    void showsATakenNameBesideTheNameField() {
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException(
                        "taken", null, Refusal.providerNameTaken("Gesundheitsamt Dortmund")));

        var answer = listProvider("gesundheitsamt  dortmund", "Hövelstraße 8", "de", "HEALTH");

        assertThat(answer).hasStatus(422);
        assertThat(answer)
                .bodyText()
                .contains("newProvider-name-error", "Ein Anbieter dieses Namens steht schon im Verzeichnis.");
    }

    @Test
    void forbidsACoachToListAProvider() {
        var answer = mvc.post()
                .uri("/providers")
                .param("name", "Jobcenter Dortmund")
                .param("areas", "SUBSISTENCE")
                .param("address", "Steinstraße 39")
                .param("languages", "de")
                .with(user("coach1").roles("COACH"))
                .with(csrf())
                .exchange();

        assertThat(answer).hasStatus(403);
        verifyNoInteractions(commands);
    }

    private MvcTestResult listProvider(String name, String address, String languages, String area) {
        var request = mvc.post()
                .uri("/providers")
                .param("name", name)
                .param("address", address)
                .param("languages", languages);
        if (area != null) {
            request = request.param("areas", area);
        }
        return request.with(user("lead").roles("TEAM_LEAD")).with(csrf()).exchange();
    }
}
