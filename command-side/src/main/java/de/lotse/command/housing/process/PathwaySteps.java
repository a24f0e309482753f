package de.lotse.command.housing.process;

import de.lotse.api.access.Caller;
import de.lotse.api.pathway.PathwayRule;
import de.lotse.api.pathway.RuleViolation;
import de.lotse.platform.messaging.CallerMetaData;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records what a housing event means for a participant's pathway, once per event, as Lotse itself.
 * The pathway's own rules decide whether it fits: a participant who exited gets no housing
 * situation, an erased one nothing more, and no step lies before the entry date. Such a refusal
 * is the pathway's answer, not a failure, so it is logged and the process moves on; any other
 * failure rolls the step back and the event is delivered again.
 */
@Component
class PathwaySteps {

    private static final Logger log = LoggerFactory.getLogger(PathwaySteps.class);

    private final CommandGateway commands;
    private final ProcessSteps steps;

    PathwaySteps(CommandGateway commands, ProcessSteps steps) {
        this.commands = commands;
        this.steps = steps;
    }

    /** Sends {@code command} for the event {@code eventId}, unless it was sent for it before. */
    void record(String eventId, Object command, Set<PathwayRule> acceptedRefusals) {
        if (!steps.claim(eventId)) {
            return;
        }
        try {
            commands.sendAndWait(
                    GenericCommandMessage.asCommandMessage(command).withMetaData(CallerMetaData.of(Caller.SYSTEM)));
        } catch (CommandExecutionException refused) {
            var rule = refused.getDetails()
                    .filter(RuleViolation.class::isInstance)
                    .map(details -> ((RuleViolation) details).rule())
                    .filter(acceptedRefusals::contains)
                    .orElseThrow(() -> refused);
            log.info("Pathway step for event {} not recorded: rule {}", eventId, rule);
        }
    }
}
