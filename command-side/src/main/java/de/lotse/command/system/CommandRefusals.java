package de.lotse.command.system;

import de.lotse.api.access.Refusal;
import de.lotse.api.account.AccountCommand;
import de.lotse.api.housing.RenovationCommand;
import de.lotse.api.housing.UnitCommand;
import de.lotse.command.housing.HousingRuleViolation;
import de.lotse.command.participant.CaseloadAccessDenied;
import de.lotse.command.participant.PathwayRuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Turns every refusal of a command into a {@link CommandExecutionException} whose details are a
 * shared record: a {@code RuleViolation} for a broken pathway rule, a {@code HousingViolation} for
 * a broken housing rule, a {@link Refusal} for an unknown participant, account, unit or renovation, another coach's caseload, or anything else {@link Refused}.
 *
 * <p>Why here, once, on the command bus: when a command crosses JVMs (split mode, Axon Server)
 * Axon replaces the handler's exception by a generic one and only the details survive the trip;
 * and an aggregate-level exception handler would miss the intake, which creates the aggregate.
 * With the details set at the source, all-in-one and split runs answer with the same problem.
 * Axon's Spring Boot auto-configuration registers every {@code MessageHandlerInterceptor} bean for
 * commands on the command bus; throwing from here still rolls the unit of work back.
 */
@Component
class CommandRefusals implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (PathwayRuleViolation violation) {
            throw new CommandExecutionException(violation.getMessage(), null, violation.toRuleViolation());
        } catch (HousingRuleViolation violation) {
            throw new CommandExecutionException(violation.getMessage(), null, violation.toViolation());
        } catch (CaseloadAccessDenied denied) {
            var refusal = Refusal.notYourCaseload(denied.participantId());
            throw new CommandExecutionException(refusal.detail(), null, refusal);
        } catch (Refused refused) {
            throw new CommandExecutionException(refused.getMessage(), null, refused.refusal());
        } catch (AggregateNotFoundException notFound) {
            var refusal = unknownTarget(unitOfWork.getMessage().getPayload(), notFound.getAggregateIdentifier());
            throw new CommandExecutionException(refusal.detail(), null, refusal);
        }
    }

    private static Refusal unknownTarget(Object command, Object id) {
        if (command instanceof AccountCommand) {
            return Refusal.unknownAccount(String.valueOf(id));
        }
        if (command instanceof UnitCommand) {
            return Refusal.unknown(Refusal.Reason.UNKNOWN_UNIT, id);
        }
        if (command instanceof RenovationCommand) {
            return Refusal.unknown(Refusal.Reason.UNKNOWN_RENOVATION, id);
        }
        return Refusal.unknownParticipant(id);
    }
}
