package de.lotse.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.access.Refusal;
import de.lotse.api.account.ApiTokenSummary;
import de.lotse.api.account.IssueApiToken;
import de.lotse.api.account.RevokeApiToken;
import de.lotse.platform.security.ApiTokens;
import de.lotse.web.WebSlice;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(TokensPageController.class)
@WebSlice
class TokensPageControllerTest {

    private static final UUID TOKEN_ID = UUID.fromString("0b8e6a52-2f0c-4a8e-9c1d-5e7f3a9b2c14");

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private QueryGateway queries;

    @BeforeEach
    void answerTokens() {
        given(queries.query(any(), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(List.of(new ApiTokenSummary(
                        TOKEN_ID,
                        "monthly-export",
                        Instant.parse("2026-11-01T09:00:00Z"),
                        Instant.parse("2027-01-30T09:00:00Z"),
                        null))));
    }

    @Test
    void listsTheOwnTokensWithAWayToRevokeEach() {
        var page = mvc.get()
                .uri("/account/tokens")
                .with(user("evaluator").roles("EVALUATOR"))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("monthly-export", "01.11.2026 09:00:00", "30.01.2027 09:00:00", "nie")
                .contains("/account/tokens/" + TOKEN_ID + "/revoke", "value=\"90\"");
    }

    @Test
    void issuesATokenSendingOnlyItsHashAndHandsTheTokenToTheNextPageOnce() {
        var answer = mvc.post()
                .uri("/account/tokens")
                .param("name", " nightly ")
                .param("expiresInDays", "30")
                .with(user("evaluator").roles("EVALUATOR"))
                .with(csrf())
                .exchange();
        assertThat(answer).hasRedirectedUrl("/account/tokens");
        var sent = ArgumentCaptor.forClass(IssueApiToken.class);
        verify(commands).sendAndWait(sent.capture());
        var token = (String) answer.getMvcResult().getFlashMap().get("issuedToken");
        assertThat(token).startsWith("lotse_");
        assertThat(sent.getValue().tokenHash()).isEqualTo(ApiTokens.hashOf(token));
        assertThat(sent.getValue().name()).isEqualTo("nightly");
        assertThat(sent.getValue().username()).isEqualTo("evaluator");

        var page = mvc.get()
                .uri("/account/tokens")
                .flashAttrs(answer.getMvcResult().getFlashMap())
                .with(user("evaluator").roles("EVALUATOR"))
                .exchange();
        assertThat(page).bodyText().contains(token, "Ihr neues Token");
    }

    @Test
    void refusesALifetimeOutsideOneToThreeHundredSixtyFiveDays() {
        var page = mvc.post()
                .uri("/account/tokens")
                .param("name", "forever")
                .param("expiresInDays", "366")
                .with(user("evaluator").roles("EVALUATOR"))
                .with(csrf())
                .exchange();
        assertThat(page).hasStatus(422);
        assertThat(page).bodyText().contains("newToken-expiresInDays-error", "Höchstens 365.");
        verifyNoInteractions(commands);
    }

    @Test
    void revokesTheOwnTokenAndTellsWhenItIsUnknown() {
        var answer = mvc.post()
                .uri("/account/tokens/" + TOKEN_ID + "/revoke")
                .with(user("evaluator").roles("EVALUATOR"))
                .with(csrf())
                .exchange();
        assertThat(answer).hasRedirectedUrl("/account/tokens");
        verify(commands).sendAndWait(new RevokeApiToken("evaluator", TOKEN_ID));

        given(commands.sendAndWait(any()))
                .willThrow(new CommandExecutionException("unknown", null, Refusal.unknownToken(TOKEN_ID)));
        var refused = mvc.post()
                .uri("/account/tokens/" + TOKEN_ID + "/revoke")
                .with(user("evaluator").roles("EVALUATOR"))
                .with(csrf())
                .exchange();
        var page = mvc.get()
                .uri("/account/tokens")
                .flashAttrs(refused.getMvcResult().getFlashMap())
                .with(user("evaluator").roles("EVALUATOR"))
                .exchange();
        assertThat(page).bodyText().contains("Diesen API-Token gibt es nicht (mehr).");
    }
}
