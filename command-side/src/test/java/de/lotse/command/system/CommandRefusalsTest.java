package de.lotse.command.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.AcceptOffer;
import de.lotse.api.housing.HousingRule;
import de.lotse.api.housing.HousingViolation;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.UnitId;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.PathwayRule;
import de.lotse.api.pathway.RuleViolation;
import de.lotse.api.pathway.Stage;
import de.lotse.api.pathway.StartStage;
import de.lotse.command.housing.HousingRuleViolation;
import de.lotse.command.participant.CaseloadAccessDenied;
import de.lotse.command.participant.PathwayRuleViolation;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.springboot.autoconfig.InterceptorAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What a caller of the command gateway receives when the local command bus refuses a command. */
class CommandRefusalsTest {

    private static final ParticipantId ID = ParticipantId.of("8f6a4c1e-2b1d-4d7e-9a51-3c0f2e6b7a10");
    private static final StartStage START = new StartStage(ID, Stage.QUALIFICATION, LocalDate.of(2026, 1, 20));
    private static final UnitId UNIT = UnitId.of("5b0c2f2e-1d43-4a51-9a1e-2f3c4d5e6f70");
    private static final AcceptOffer ACCEPT = new AcceptOffer(UNIT, OfferId.random(), LocalDate.of(2026, 3, 5));

    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final CommandGateway gateway =
            DefaultCommandGateway.builder().commandBus(bus).build();

    CommandRefusalsTest() {
        bus.registerHandlerInterceptor(new CommandRefusals());
    }

    @Test
    void sendsABrokenRuleAsRuleViolationDetails() {
        handlerThrows(new PathwayRuleViolation(PathwayRule.COACHING_FIRST, "QUALIFICATION needs COACHING."));

        assertThatThrownBy(() -> gateway.sendAndWait(START))
                .isInstanceOfSatisfying(
                        CommandExecutionException.class,
                        e -> assertThat(e.getDetails())
                                .contains(new RuleViolation(
                                        PathwayRule.COACHING_FIRST, "QUALIFICATION needs COACHING.", null)));
    }

    @Test
    void sendsADuplicateWithTheExistingParticipant() {
        var existing = ParticipantId.of("0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e");
        handlerThrows(new PathwayRuleViolation(PathwayRule.DUPLICATE_INTAKE, "duplicate", existing));

        assertThatThrownBy(() -> gateway.sendAndWait(START))
                .isInstanceOfSatisfying(
                        CommandExecutionException.class,
                        e -> assertThat(e.getDetails())
                                .contains(new RuleViolation(
                                        PathwayRule.DUPLICATE_INTAKE, "duplicate", existing.toString())));
    }

    @Test
    void sendsAnotherCoachesCaseloadAsRefusal() {
        handlerThrows(new CaseloadAccessDenied(ID));

        assertThatThrownBy(() -> gateway.sendAndWait(START))
                .isInstanceOfSatisfying(
                        CommandExecutionException.class,
                        e -> assertThat(e.getDetails()).contains(Refusal.notYourCaseload(ID)));
    }

    @Test
    void sendsAnUnknownParticipantAsRefusal() {
        handlerThrows(new AggregateNotFoundException(ID.toString(), "no events"));

        assertThatThrownBy(() -> gateway.sendAndWait(START))
                .isInstanceOfSatisfying(
                        CommandExecutionException.class,
                        e -> assertThat(e.getDetails()).contains(Refusal.unknownParticipant(ID)));
    }

    @Test
    void sendsABrokenHousingRuleAsHousingViolationDetails() {
        handlerThrows(ACCEPT.getClass(), new HousingRuleViolation(HousingRule.OFFER_NOT_OPEN, "Offer is DECLINED."));

        assertThatThrownBy(() -> gateway.sendAndWait(ACCEPT))
                .isInstanceOfSatisfying(
                        CommandExecutionException.class,
                        e -> assertThat(e.getDetails())
                                .contains(new HousingViolation(HousingRule.OFFER_NOT_OPEN, "Offer is DECLINED.")));
    }

    @Test
    void sendsAnUnknownUnitAsRefusal() {
        handlerThrows(ACCEPT.getClass(), new AggregateNotFoundException(UNIT.toString(), "no events"));

        assertThatThrownBy(() -> gateway.sendAndWait(ACCEPT))
                .isInstanceOfSatisfying(
                        CommandExecutionException.class,
                        e -> assertThat(e.getDetails()).contains(Refusal.unknown(Refusal.Reason.UNKNOWN_UNIT, UNIT)));
    }

    @Test
    void leavesOtherFailuresAsTheyAre() {
        handlerThrows(new IllegalStateException("broken"));

        assertThatThrownBy(() -> gateway.sendAndWait(START)).isExactlyInstanceOf(IllegalStateException.class);
    }

    @Test
    void isRegisteredOnTheCommandBusByAxonsAutoConfiguration() {
        var commandBus = mock(CommandBus.class);
        var queryBus = mock(QueryBus.class);
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(InterceptorAutoConfiguration.class))
                .withBean(CommandBus.class, () -> commandBus)
                .withBean(QueryBus.class, () -> queryBus)
                .withBean(EventProcessingConfigurer.class, () -> mock(EventProcessingConfigurer.class))
                .withUserConfiguration(CommandRefusals.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    verify(commandBus).registerHandlerInterceptor(context.getBean(CommandRefusals.class));
                    verify(queryBus, never()).registerHandlerInterceptor(any());
                });
    }

    private void handlerThrows(RuntimeException failure) {
        handlerThrows(StartStage.class, failure);
    }

    private void handlerThrows(Class<?> command, RuntimeException failure) {
        MessageHandler<CommandMessage<?>> handler = message -> {
            throw failure;
        };
        bus.subscribe(command.getName(), handler);
    }
}
