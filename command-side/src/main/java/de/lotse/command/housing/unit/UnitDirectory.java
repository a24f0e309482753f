package de.lotse.command.housing.unit;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.UnitId;
import de.lotse.command.housing.HousingRegister;
import de.lotse.command.housing.HousingRegister.Part;
import de.lotse.command.system.Refused;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The unit behind a vacancy, an offer or a tenancy that a route names by its own id. Every command
 * on them is addressed to the unit, the aggregate that decides; the register has filed each id
 * with its unit in the transaction that created it, so an id answered with {@code 201} is found
 * by the very next request. Why not ids that encode the unit: the contract's ids are plain UUIDs,
 * and the read side, the pages and the URLs keep them as such.
 */
@Component
class UnitDirectory {

    private final HousingRegister register;

    UnitDirectory(HousingRegister register) {
        this.register = register;
    }

    UnitId ofVacancy(UUID vacancy) {
        return find(Part.VACANCY, vacancy, Refusal.Reason.UNKNOWN_VACANCY);
    }

    UnitId ofOffer(UUID offer) {
        return find(Part.OFFER, offer, Refusal.Reason.UNKNOWN_OFFER);
    }

    UnitId ofTenancy(UUID tenancy) {
        return find(Part.TENANCY, tenancy, Refusal.Reason.UNKNOWN_TENANCY);
    }

    private UnitId find(Part part, UUID id, Refusal.Reason unknown) {
        return register.unitOf(part, id).orElseThrow(() -> new Refused(Refusal.unknown(unknown, id)));
    }
}
