package de.lotse.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.api.operations.EvictParkedEvents;
import de.lotse.api.operations.NothingParked;
import de.lotse.api.operations.ParkedEvent;
import de.lotse.api.operations.RetryParkedEvents;
import de.lotse.web.WebSlice;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(ParkedEventsPageController.class)
@WebSlice
class ParkedEventsPageControllerTest {

    private static final String PARTICIPANT = "0b3a9c1e-8f7d-4a49-9d2e-5c6b7a8f9e01";
    private static final Instant PARKED = Instant.parse("2026-11-30T09:15:00Z");

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private QueryGateway queries;

    @Autowired
    private CommandGateway commands;

    @Test
    void listsAParticipantsParkedEventsWithTheErrorAndOffersRetryAndDropOnce() throws Exception {
        given(queries.query(any(), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(List.of(
                        new ParkedEvent(
                                "caseload",
                                PARTICIPANT,
                                "StageStarted",
                                1,
                                PARKED,
                                PARKED,
                                "PSQLException",
                                "ERROR: value too long"),
                        new ParkedEvent("caseload", PARTICIPANT, "StageStarted", 2, PARKED, PARKED, null, null))));

        var page = mvc.get()
                .uri("/admin/parked-events")
                .with(user("admin").roles("ADMIN"))
                .exchange();

        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "Geparkte Ereignisse",
                        PARTICIPANT,
                        "PSQLException: ERROR: value too long",
                        "wartet auf das frühere Ereignis",
                        "30.11.2026 09:15:00 UTC");
        assertThat(page.getResponse().getContentAsString().split("/retry", -1)).hasSize(2);
    }

    @Test
    void retriesAndDropsAParticipantsParkedEvents() {
        var retried = mvc.post()
                .uri("/admin/parked-events/caseload/{id}/retry", PARTICIPANT)
                .with(user("admin").roles("ADMIN"))
                .with(csrf())
                .exchange();
        var dropped = mvc.post()
                .uri("/admin/parked-events/caseload/{id}/evict", PARTICIPANT)
                .with(user("admin").roles("ADMIN"))
                .with(csrf())
                .exchange();

        assertThat(retried).hasStatus3xxRedirection().hasRedirectedUrl("/admin/parked-events");
        assertThat(retried).flash().containsEntry("notice", "notice.parkedRetried");
        assertThat(dropped).flash().containsEntry("notice", "notice.parkedEvicted");
        then(commands).should().sendAndWait(new RetryParkedEvents("caseload", PARTICIPANT));
        then(commands).should().sendAndWait(new EvictParkedEvents("caseload", PARTICIPANT));
    }

    @Test
    void showsThatNothingIsParkedForAParticipant() {
        var nothing = new NothingParked("caseload", PARTICIPANT);
        given(commands.sendAndWait(any())).willThrow(new CommandExecutionException(nothing.detail(), null, nothing));

        var retried = mvc.post()
                .uri("/admin/parked-events/caseload/{id}/retry", PARTICIPANT)
                .with(user("admin").roles("ADMIN"))
                .with(csrf())
                .exchange();

        assertThat(retried)
                .flash()
                .hasEntrySatisfying(
                        "rejection",
                        rejection -> assertThat(rejection)
                                .hasFieldOrPropertyWithValue("messageKey", "parked.nothingParked"));
    }

    @Test
    void refusesAnEvaluator() {
        var page = mvc.get()
                .uri("/admin/parked-events")
                .with(user("evaluator").roles("EVALUATOR"))
                .exchange();

        assertThat(page).hasStatus(403);
    }
}
