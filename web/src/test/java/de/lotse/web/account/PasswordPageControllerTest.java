package de.lotse.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.account.AccountSummary;
import de.lotse.api.account.ChangePassword;
import de.lotse.web.WebSlice;
import java.util.Set;
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

@WebMvcTest(PasswordPageController.class)
@WebSlice
class PasswordPageControllerTest {

    private static final String CHOSEN = "Leuchtturm am Hafen 7";

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private QueryGateway queries;

    @Test
    void asksForTheOwnPasswordAfterAOneTimePassword() {
        answerAccount(true);
        var page = mvc.get()
                .uri("/account/password")
                .with(user("coach3").roles("COACH"))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("Einmalpasswort", "Mindestens 12 Zeichen", "passwordChange-repeatedPassword")
                .contains("autocomplete=\"new-password\"");
    }

    @Test
    void sendsTheForcedChangeAndGoesOnToTheStartPage() {
        answerAccount(true);
        var answer = change("ein-einmalpasswort", CHOSEN, CHOSEN);
        assertThat(answer).hasRedirectedUrl("/");
        var sent = ArgumentCaptor.forClass(ChangePassword.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().username()).isEqualTo("coach3");
        assertThat(sent.getValue().currentPassword().value()).isEqualTo("ein-einmalpasswort");
        assertThat(sent.getValue().newPassword().value()).isEqualTo(CHOSEN);
    }

    @Test
    void confirmsALaterChangeOnThePage() {
        answerAccount(false);
        var answer = change("mein altes Passwort", CHOSEN, CHOSEN);
        assertThat(answer).hasRedirectedUrl("/account/password");
        assertThat(answer.getMvcResult().getFlashMap().get("notice")).isEqualTo("notice.passwordChanged");
    }

    @Test
    void showsEachObjectionOfThePolicyBesideTheNewPasswordAndSendsNothing() {
        answerAccount(true);
        assertThat(change("x", "kurz", "kurz")).bodyText().contains("Mindestens 12 Zeichen.");
        assertThat(change("x", "coach3", "coach3")).hasStatus(422);
        assertThat(change("x", "1qaz2wsx3edc", "1qaz2wsx3edc"))
                .bodyText()
                .contains("passwordChange-newPassword-error", "gehört zu den häufigsten");
        assertThat(change("x", CHOSEN, CHOSEN + "!"))
                .bodyText()
                .contains("passwordChange-repeatedPassword-error", "stimmen nicht überein");
        verifyNoInteractions(commands);
    }

    @Test
    void showsAWrongCurrentPasswordBesideItsFieldAndNeverEchoesAPassword() {
        answerAccount(false);
        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException("wrong", null, Refusal.wrongPassword()));
        var page = change("falsch geraten", CHOSEN, CHOSEN);
        assertThat(page).hasStatus(422);
        assertThat(page)
                .bodyText()
                .contains("passwordChange-currentPassword-error", "Das ist nicht Ihr aktuelles Passwort.")
                .doesNotContain("falsch geraten", CHOSEN);
    }

    private MvcTestResult change(String current, String chosen, String repeated) {
        return mvc.post()
                .uri("/account/password")
                .param("currentPassword", current)
                .param("newPassword", chosen)
                .param("repeatedPassword", repeated)
                .with(user("coach3").roles("COACH"))
                .with(csrf())
                .exchange();
    }

    private void answerAccount(boolean mustChangePassword) {
        given(queries.query(any(), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(
                        new AccountSummary("coach3", "Cem Demir", Set.of(Role.COACH), true, mustChangePassword, null)));
    }
}
