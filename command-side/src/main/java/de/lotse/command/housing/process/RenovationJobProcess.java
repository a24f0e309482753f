package de.lotse.command.housing.process;

import de.lotse.api.housing.ParticipantEmployedOnRenovation;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.PathwayRule;
import de.lotse.api.pathway.RecordLabourMarketSituation;
import de.lotse.command.housing.HousingConfiguration;
import de.lotse.command.housing.HousingRegister;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * A renovation job is a job: the worker's pathway gets the labour-market situation EMPLOYED dated
 * the first day of work, with the property's address as its detail, so that it counts for the
 * ESF+ results like any other job.
 */
@Component
@ProcessingGroup(HousingConfiguration.PROCESSES)
class RenovationJobProcess {

    private static final Set<PathwayRule> PATHWAY_REFUSES =
            Set.of(PathwayRule.ALREADY_ERASED, PathwayRule.DATE_BEFORE_ENTRY);

    private final PathwaySteps pathway;
    private final HousingRegister register;

    RenovationJobProcess(PathwaySteps pathway, HousingRegister register) {
        this.pathway = pathway;
        this.register = register;
    }

    @EventHandler
    @DisallowReplay
    void on(ParticipantEmployedOnRenovation event, EventMessage<?> message) {
        var address = register.addressOf(event.propertyId()).orElse(null);
        pathway.record(
                message.getIdentifier(),
                new RecordLabourMarketSituation(
                        event.participantId(), event.from(), LabourMarketSituation.EMPLOYED, address),
                PATHWAY_REFUSES);
    }
}
