package de.lotse.platform.messaging;

import static de.lotse.api.access.Permission.ERASE_PERSONAL_DATA;
import static de.lotse.api.access.Permission.MANAGE_ACCOUNTS;
import static de.lotse.api.access.Permission.MANAGE_HOUSING;
import static de.lotse.api.access.Permission.OFFER_HOUSING;
import static de.lotse.api.access.Permission.REASSIGN_COACH;
import static de.lotse.api.access.Permission.REBUILD_PROJECTIONS;
import static de.lotse.api.access.Permission.RECORD_PATHWAY;
import static java.util.Map.entry;

import de.lotse.api.access.Caller;
import de.lotse.api.access.Permission;
import de.lotse.api.access.Refusal;
import de.lotse.api.account.ChangePassword;
import de.lotse.api.account.ChangeRoles;
import de.lotse.api.account.DisableAccount;
import de.lotse.api.account.EnableAccount;
import de.lotse.api.account.IssueApiToken;
import de.lotse.api.account.OpenAccount;
import de.lotse.api.account.ResetPassword;
import de.lotse.api.account.RevokeApiToken;
import de.lotse.api.caseload.ReassignCoach;
import de.lotse.api.housing.AcceptOffer;
import de.lotse.api.housing.AcquireProperty;
import de.lotse.api.housing.AddUnit;
import de.lotse.api.housing.CompleteRenovation;
import de.lotse.api.housing.DeclineOffer;
import de.lotse.api.housing.EmployOnRenovation;
import de.lotse.api.housing.EndTenancy;
import de.lotse.api.housing.GrantOccupancyRight;
import de.lotse.api.housing.MakeOffer;
import de.lotse.api.housing.OpenVacancy;
import de.lotse.api.housing.RecordMoveIn;
import de.lotse.api.housing.RecordTenancyCheck;
import de.lotse.api.housing.StartRenovation;
import de.lotse.api.housing.StartTenancy;
import de.lotse.api.housing.WithdrawOffer;
import de.lotse.api.operations.ReplayProjection;
import de.lotse.api.participant.CorrectIntake;
import de.lotse.api.participant.EnrolParticipant;
import de.lotse.api.participant.ErasePersonalData;
import de.lotse.api.pathway.AbortStage;
import de.lotse.api.pathway.CompleteStage;
import de.lotse.api.pathway.RecordExit;
import de.lotse.api.pathway.RecordFollowUp;
import de.lotse.api.pathway.RecordHousingSituation;
import de.lotse.api.pathway.RecordLabourMarketSituation;
import de.lotse.api.pathway.RecordQualification;
import de.lotse.api.pathway.StartStage;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * The role check in front of every command handler: which permission of the role table each
 * command needs. It runs where the command is handled, so a command that arrives by any path (the
 * API, the web UI, another JVM, a future endpoint) meets the same rule. A command missing from
 * the table is refused, so a new command cannot slip through unchecked; a test keeps the table
 * complete. Both sides register it on their command bus, so it holds in split mode too. Whether a coach may act on one particular participant is decided by the aggregate,
 * which knows the participant's coach.
 */
@Component
public class CommandPermissions implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** What each command needs; empty for a person's commands on their own account (the aggregate checks whose). */
    public static final Map<Class<?>, Optional<Permission>> REQUIRED = Map.ofEntries(
            entry(EnrolParticipant.class, Optional.of(RECORD_PATHWAY)),
            entry(StartStage.class, Optional.of(RECORD_PATHWAY)),
            entry(CompleteStage.class, Optional.of(RECORD_PATHWAY)),
            entry(AbortStage.class, Optional.of(RECORD_PATHWAY)),
            entry(RecordQualification.class, Optional.of(RECORD_PATHWAY)),
            entry(RecordLabourMarketSituation.class, Optional.of(RECORD_PATHWAY)),
            entry(RecordHousingSituation.class, Optional.of(RECORD_PATHWAY)),
            entry(RecordExit.class, Optional.of(RECORD_PATHWAY)),
            entry(RecordFollowUp.class, Optional.of(RECORD_PATHWAY)),
            entry(CorrectIntake.class, Optional.of(RECORD_PATHWAY)),
            entry(ReassignCoach.class, Optional.of(REASSIGN_COACH)),
            entry(ErasePersonalData.class, Optional.of(ERASE_PERSONAL_DATA)),
            entry(ReplayProjection.class, Optional.of(REBUILD_PROJECTIONS)),
            entry(OpenAccount.class, Optional.of(MANAGE_ACCOUNTS)),
            entry(ChangeRoles.class, Optional.of(MANAGE_ACCOUNTS)),
            entry(DisableAccount.class, Optional.of(MANAGE_ACCOUNTS)),
            entry(EnableAccount.class, Optional.of(MANAGE_ACCOUNTS)),
            entry(ResetPassword.class, Optional.of(MANAGE_ACCOUNTS)),
            entry(ChangePassword.class, Optional.empty()),
            entry(IssueApiToken.class, Optional.empty()),
            entry(RevokeApiToken.class, Optional.empty()),
            entry(AcquireProperty.class, Optional.of(MANAGE_HOUSING)),
            entry(AddUnit.class, Optional.of(MANAGE_HOUSING)),
            entry(StartRenovation.class, Optional.of(MANAGE_HOUSING)),
            entry(EmployOnRenovation.class, Optional.of(MANAGE_HOUSING)),
            entry(CompleteRenovation.class, Optional.of(MANAGE_HOUSING)),
            entry(GrantOccupancyRight.class, Optional.of(MANAGE_HOUSING)),
            entry(OpenVacancy.class, Optional.of(MANAGE_HOUSING)),
            entry(MakeOffer.class, Optional.of(OFFER_HOUSING)),
            entry(AcceptOffer.class, Optional.of(MANAGE_HOUSING)),
            entry(DeclineOffer.class, Optional.of(MANAGE_HOUSING)),
            entry(WithdrawOffer.class, Optional.of(MANAGE_HOUSING)),
            entry(StartTenancy.class, Optional.of(MANAGE_HOUSING)),
            entry(RecordMoveIn.class, Optional.of(MANAGE_HOUSING)),
            entry(RecordTenancyCheck.class, Optional.of(OFFER_HOUSING)),
            entry(EndTenancy.class, Optional.of(MANAGE_HOUSING)));

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        var command = unitOfWork.getMessage();
        var caller = CallerMetaData.callerOf(command.getMetaData());
        var required = REQUIRED.get(command.getPayloadType());
        if (required == null || !permits(required, caller)) {
            // Thrown as the shared refusal directly, so that it crosses JVMs whatever the order of interceptors.
            var refusal =
                    Refusal.roleNotAllowed("sending " + command.getPayloadType().getSimpleName());
            throw new CommandExecutionException(refusal.detail(), null, refusal);
        }
        return chain.proceed();
    }

    /** An own-account command needs a person signed in (anyone with a role), or Lotse itself. */
    private static boolean permits(Optional<Permission> required, Caller caller) {
        return required.map(caller::may)
                .orElse(caller.isSystem() || !caller.roles().isEmpty());
    }
}
