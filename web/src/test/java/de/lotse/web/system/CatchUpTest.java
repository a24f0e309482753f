package de.lotse.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import de.lotse.api.operations.FindReadModelsCaughtUp;
import de.lotse.api.operations.FindStoredPosition;
import de.lotse.api.pathway.PathwayRule;
import de.lotse.api.pathway.RuleViolation;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;

class CatchUpTest {

    private static final Object COMMAND = "a command";

    private final CommandGateway commands = mock(CommandGateway.class);
    private final QueryGateway queries = mock(QueryGateway.class);
    private final CatchUp catchUp = new CatchUp(new Gateways(commands, queries));

    @Test
    void waitsUntilTheReadModelsHaveAppliedTheEventsStoredSinceBeforeTheCommand() {
        givenStoredPositions(7L, 9L);
        given(queries.query(any(FindReadModelsCaughtUp.class), any(ResponseType.class)))
                .willReturn(answer(false), answer(false), answer(true));

        assertThat(catchUp.send(COMMAND)).isEmpty();

        var order = inOrder(queries, commands);
        order.verify(queries).query(any(FindStoredPosition.class), any(ResponseType.class));
        order.verify(commands).sendAndWait(COMMAND);
        order.verify(queries).query(any(FindStoredPosition.class), any(ResponseType.class));
        order.verify(queries, times(3)).query(eq(new FindReadModelsCaughtUp(7, 9)), any(ResponseType.class));
    }

    @Test
    void answersARefusedCommandAtOnce() {
        givenStoredPositions(7L);
        given(commands.sendAndWait(COMMAND))
                .willThrow(new CommandExecutionException(
                        "refused",
                        null,
                        new RuleViolation(PathwayRule.STAGE_ALREADY_ACTIVE, "coaching is active", null)));

        assertThat(catchUp.send(COMMAND)).isPresent();
        verify(queries, never()).query(any(FindReadModelsCaughtUp.class), any(ResponseType.class));
    }

    @Test
    void givesUpWaitingAfterAFewSeconds() {
        givenStoredPositions(7L, 9L);
        given(queries.query(any(FindReadModelsCaughtUp.class), any(ResponseType.class)))
                .willReturn(answer(false));

        assertTimeoutPreemptively(
                Duration.ofSeconds(30), () -> assertThat(catchUp.send(COMMAND)).isEmpty());
        verify(commands).sendAndWait(COMMAND);
        verify(queries, atLeast(2)).query(eq(new FindReadModelsCaughtUp(7, 9)), any(ResponseType.class));
    }

    private void givenStoredPositions(Long first, Long... later) {
        var answers = Arrays.stream(later).map(CatchUpTest::answer).toArray(CompletableFuture[]::new);
        given(queries.query(any(FindStoredPosition.class), any(ResponseType.class)))
                .willReturn(answer(first), answers);
    }

    private static <T> CompletableFuture<T> answer(T value) {
        return CompletableFuture.completedFuture(value);
    }
}
