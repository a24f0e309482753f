package de.lotse.command.housing.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import de.lotse.api.access.Caller;
import de.lotse.api.housing.OfferAccepted;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.ParticipantEmployedOnRenovation;
import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.RenovationId;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.TenantMovedIn;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.VacancyId;
import de.lotse.api.housing.WithdrawOffer;
import de.lotse.api.participant.ParticipantId;
import de.lotse.api.pathway.HousingSituation;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.PathwayRule;
import de.lotse.api.pathway.RecordHousingSituation;
import de.lotse.api.pathway.RecordLabourMarketSituation;
import de.lotse.api.pathway.RuleViolation;
import de.lotse.command.housing.HousingRegister;
import de.lotse.command.housing.HousingRegister.OpenOffer;
import de.lotse.platform.messaging.CallerMetaData;
import de.lotse.platform.persistence.SideMigrations;
import de.lotse.platform.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The housing processes called as the processor calls them, each event delivered twice: a
 * redelivery sends nothing again. The commands go to a stand-in gateway; whether the pathway
 * accepts them is the participant's fixture tests' business.
 */
class HousingProcessesTest {

    private static final ParticipantId ELENA = ParticipantId.of("8f6a4c1e-2b1d-4d7e-9a51-3c0f2e6b7a10");
    private static final PropertyId PROPERTY = PropertyId.of("0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d");
    private static final UnitId UNIT = UnitId.of("5b0c2f2e-1d43-4a51-9a1e-2f3c4d5e6f70");
    private static final String ADDRESS = "Mallinckrodtstraße 12, 44147 Dortmund";
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    private final DataSource dataSource = TestDatabase.fresh();
    private final CommandGateway commands = mock(CommandGateway.class);
    private final HousingRegister register = mock(HousingRegister.class);

    @BeforeEach
    void migrate() {
        SideMigrations.migrate(dataSource, "command");
        when(register.addressOf(PROPERTY)).thenReturn(Optional.of(ADDRESS));
        when(register.propertyOf(UNIT)).thenReturn(Optional.of(PROPERTY));
    }

    private PathwaySteps pathway() {
        return new PathwaySteps(commands, new ProcessSteps(JdbcClient.create(dataSource)));
    }

    private List<Object> sentPayloads(int times) {
        var sent = ArgumentCaptor.forClass(CommandMessage.class);
        verify(commands, times(times)).sendAndWait(sent.capture());
        sent.getAllValues()
                .forEach(command -> assertThat(CallerMetaData.callerOf(command.getMetaData()))
                        .isEqualTo(Caller.SYSTEM));
        return sent.getAllValues().stream().map(CommandMessage::getPayload).toList();
    }

    @Nested
    class RenovationJob {

        private final RenovationJobProcess process = new RenovationJobProcess(pathway(), register);
        private final ParticipantEmployedOnRenovation employed = new ParticipantEmployedOnRenovation(
                RenovationId.random(), PROPERTY, ELENA, DAY, new BigDecimal("19.5"));

        @Test
        void recordsTheJobOnThePathwayOnceThoughDeliveredTwice() {
            EventMessage<?> message = GenericEventMessage.asEventMessage(employed);
            process.on(employed, message);
            process.on(employed, message);

            assertThat(sentPayloads(1))
                    .containsExactly(
                            new RecordLabourMarketSituation(ELENA, DAY, LabourMarketSituation.EMPLOYED, ADDRESS));
        }

        @Test
        void takesThePathwaysRefusalOfAnErasedParticipantAsItsAnswer() {
            doThrow(refusal(PathwayRule.ALREADY_ERASED)).when(commands).sendAndWait(any(CommandMessage.class));

            process.on(employed, GenericEventMessage.asEventMessage(employed));

            assertThat(sentPayloads(1)).hasSize(1);
        }

        @Test
        void failsOnAnyOtherRefusalSoThatTheEventIsDeliveredAgain() {
            doThrow(refusal(PathwayRule.STAGE_NOT_ACTIVE)).when(commands).sendAndWait(any(CommandMessage.class));

            assertThatThrownBy(() -> process.on(employed, GenericEventMessage.asEventMessage(employed)))
                    .isInstanceOf(CommandExecutionException.class);
        }
    }

    @Nested
    class MoveIn {

        private final MoveInProcess process = new MoveInProcess(
                new PathwaySteps(commands, new ProcessSteps(JdbcClient.create(dataSource))), register);

        @Test
        void recordsOwnTenancyOnThePathwayOnceThoughDeliveredTwice() {
            var movedIn = new TenantMovedIn(UNIT, TenancyId.random(), ELENA, DAY, false);
            EventMessage<?> message = GenericEventMessage.asEventMessage(movedIn);
            process.on(movedIn, message);
            process.on(movedIn, message);

            assertThat(sentPayloads(1))
                    .containsExactly(new RecordHousingSituation(ELENA, DAY, HousingSituation.OWN_TENANCY, ADDRESS));
        }

        @Test
        void recordsSupportedHousingForASupportedTenancy() {
            var movedIn = new TenantMovedIn(UNIT, TenancyId.random(), ELENA, DAY, true);
            process.on(movedIn, GenericEventMessage.asEventMessage(movedIn));

            assertThat(sentPayloads(1))
                    .containsExactly(
                            new RecordHousingSituation(ELENA, DAY, HousingSituation.SUPPORTED_HOUSING, ADDRESS));
        }

        @Test
        void leavesThePathwayOfAnExitedParticipantAsItIsAndDoesNotAskAgain() {
            doThrow(refusal(PathwayRule.ALREADY_EXITED)).when(commands).sendAndWait(any(CommandMessage.class));
            var movedIn = new TenantMovedIn(UNIT, TenancyId.random(), ELENA, DAY, false);
            EventMessage<?> message = GenericEventMessage.asEventMessage(movedIn);

            process.on(movedIn, message);
            process.on(movedIn, message);

            assertThat(sentPayloads(1)).hasSize(1);
        }
    }

    @Nested
    class OfferWithdrawal {

        private final OfferWithdrawalProcess process = new OfferWithdrawalProcess(commands, register);
        private final OfferId accepted = OfferId.random();
        private final OfferAccepted acceptance = new OfferAccepted(UNIT, VacancyId.random(), accepted, ELENA, DAY);

        @Test
        void withdrawsTheParticipantsOpenOffersOnOtherVacancies() {
            var elsewhere = new OpenOffer(UnitId.random(), OfferId.random());
            var further = new OpenOffer(UnitId.random(), OfferId.random());
            when(register.openOffersOf(ELENA)).thenReturn(List.of(elsewhere, further));

            process.on(acceptance);

            assertThat(sentPayloads(2))
                    .containsExactly(
                            new WithdrawOffer(elsewhere.unitId(), elsewhere.offerId(), DAY, accepted),
                            new WithdrawOffer(further.unitId(), further.offerId(), DAY, accepted));
        }

        @Test
        void sendsNothingWhenRedeliveredAfterTheOffersWereWithdrawn() {
            when(register.openOffersOf(ELENA)).thenReturn(List.of());

            process.on(acceptance);

            verifyNoInteractions(commands);
        }
    }

    private static CommandExecutionException refusal(PathwayRule rule) {
        return new CommandExecutionException("refused", null, new RuleViolation(rule, "refused", null));
    }
}
