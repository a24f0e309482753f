package de.lotse.command.system;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.HousingViolation;
import de.lotse.api.pathway.RuleViolation;
import de.lotse.command.housing.HousingRuleViolation;
import de.lotse.platform.problem.LotseProblems;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * The command side's answers to refused commands: the details {@link CommandRefusals} attached
 * become a 409 per pathway or housing rule or a 403/404 refusal, and two writers racing on one participant
 * (an optimistic lock or a concurrent creation) become a 409 too.
 */
@RestControllerAdvice(basePackages = "de.lotse.command")
class CommandProblems extends LotseProblems {

    private static final Logger log = LoggerFactory.getLogger(CommandProblems.class);

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandRefused(CommandExecutionException refusal, WebRequest request) {
        var details = refusal.getDetails().orElse(null);
        if (details instanceof RuleViolation violation) {
            return violated(violation);
        }
        if (details instanceof HousingViolation violation) {
            return violated(violation);
        }
        if (details instanceof Refusal reason) {
            return refused(reason);
        }
        var known = known(refusal);
        if (known.isPresent()) {
            return known.get();
        }
        return internalError(refusal, request);
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<Object> refusedAtTheEdge(Refused refusal) {
        return refused(refusal.refusal());
    }

    /**
     * The database refused what the aggregate let through (two tenancies of one unit stored at
     * once): the register raises it while the unit of work commits, after the interceptor that
     * attaches the details, so it arrives here as itself.
     */
    @ExceptionHandler(HousingRuleViolation.class)
    ResponseEntity<Object> refusedByTheDatabase(HousingRuleViolation violation) {
        return violated(violation.toViolation());
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<Object> concurrentChange(Exception conflict) {
        log.info("Command lost a race: {}", conflict.getClass().getSimpleName());
        return problem(
                HttpStatus.CONFLICT,
                "urn:lotse:problem:concurrent-change",
                "Concurrent change",
                "Someone else changed this participant at the same time; reload and try again.",
                Map.of());
    }

    @Override
    protected ResponseEntity<Object> handleUnwrapped(Exception cause, WebRequest request) {
        if (cause instanceof CommandExecutionException refusal) {
            return commandRefused(refusal, request);
        }
        if (cause instanceof HousingRuleViolation violation) {
            return refusedByTheDatabase(violation);
        }
        if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
            return concurrentChange(cause);
        }
        return internalError(cause, request);
    }
}
