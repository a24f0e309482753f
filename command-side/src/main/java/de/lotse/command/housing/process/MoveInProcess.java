package de.lotse.command.housing.process;

import de.lotse.api.housing.TenantMovedIn;
import de.lotse.api.pathway.HousingSituation;
import de.lotse.api.pathway.PathwayRule;
import de.lotse.api.pathway.RecordHousingSituation;
import de.lotse.command.housing.HousingConfiguration;
import de.lotse.command.housing.HousingRegister;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * A move-in is the participant's housing situation from that day: OWN_TENANCY, or
 * SUPPORTED_HOUSING for a supported tenancy, with the property's address as its detail. After the
 * exit the pathway records no housing, so a tenant who has exited keeps their pathway as it is.
 */
@Component
@ProcessingGroup(HousingConfiguration.PROCESSES)
class MoveInProcess {

    private static final Set<PathwayRule> PATHWAY_REFUSES =
            Set.of(PathwayRule.ALREADY_EXITED, PathwayRule.ALREADY_ERASED, PathwayRule.DATE_BEFORE_ENTRY);

    private final PathwaySteps pathway;
    private final HousingRegister register;

    MoveInProcess(PathwaySteps pathway, HousingRegister register) {
        this.pathway = pathway;
        this.register = register;
    }

    @EventHandler
    @DisallowReplay
    void on(TenantMovedIn event, EventMessage<?> message) {
        var situation = event.supported() ? HousingSituation.SUPPORTED_HOUSING : HousingSituation.OWN_TENANCY;
        var address =
                register.propertyOf(event.unitId()).flatMap(register::addressOf).orElse(null);
        pathway.record(
                message.getIdentifier(),
                new RecordHousingSituation(event.participantId(), event.date(), situation, address),
                PATHWAY_REFUSES);
    }
}
