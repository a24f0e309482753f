package de.lotse.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.account.ChangePassword;
import de.lotse.api.account.Secret;
import de.lotse.api.participant.ErasePersonalData;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StartStage;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

class CommandPermissionsTest {

    private static final ParticipantId ID = ParticipantId.of("0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e");

    private final CommandPermissions permissions = new CommandPermissions();

    @Test
    void refusesAnAuditorsPathwayCommandBeforeItReachesTheAggregate() {
        var command = new StartStage(ID, Stage.COACHING, LocalDate.of(2026, 1, 20));
        assertThatThrownBy(() -> handle(command, new Caller("auditor", Set.of(Role.AUDITOR))))
                .isInstanceOfSatisfying(
                        CommandExecutionException.class,
                        refused -> assertThat(refused.getDetails())
                                .contains(Refusal.roleNotAllowed("sending StartStage")));
    }

    @Test
    void refusesAnErasureByATeamLead() {
        var command = new ErasePersonalData(ID, "asked for it", true);
        assertThatThrownBy(() -> handle(command, new Caller("lead", Set.of(Role.TEAM_LEAD))))
                .isInstanceOf(CommandExecutionException.class);
    }

    @Test
    void letsACoachSendAPathwayCommand() throws Exception {
        var command = new StartStage(ID, Stage.COACHING, LocalDate.of(2026, 1, 20));
        assertThat(handle(command, new Caller("coach1", Set.of(Role.COACH)))).isEqualTo("handled");
    }

    @Test
    void letsAnyoneSignedInChangeTheirOwnPassword() throws Exception {
        var command = new ChangePassword("evaluator", new Secret("old one"), new Secret("a new long one"));
        assertThat(handle(command, new Caller("evaluator", Set.of(Role.EVALUATOR))))
                .isEqualTo("handled");
    }

    @Test
    void refusesAnAnonymousCallersOwnAccountCommand() {
        var command = new ChangePassword("anonymous", new Secret("old one"), new Secret("a new long one"));
        assertThatThrownBy(() -> handle(command, new Caller("anonymous", Set.of())))
                .isInstanceOf(CommandExecutionException.class);
    }

    private Object handle(Object payload, Caller caller) throws Exception {
        CommandMessage<?> message =
                GenericCommandMessage.asCommandMessage(payload).andMetaData(CallerMetaData.of(caller));
        var chain = mock(InterceptorChain.class);
        when(chain.proceed()).thenReturn("handled");
        return permissions.handle(DefaultUnitOfWork.startAndGet(message), chain);
    }
}
