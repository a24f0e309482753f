package de.lotse.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.lotse.api.housing.Address;
import de.lotse.api.housing.CheckStatus;
import de.lotse.api.housing.DeclineReason;
import de.lotse.api.housing.DeclinedBy;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.OccupancyRightGranted;
import de.lotse.api.housing.OccupancyRightId;
import de.lotse.api.housing.OccupancyRightKind;
import de.lotse.api.housing.OfferAccepted;
import de.lotse.api.housing.OfferDeclined;
import de.lotse.api.housing.OfferExpired;
import de.lotse.api.housing.OfferId;
import de.lotse.api.housing.OfferMade;
import de.lotse.api.housing.OfferWithdrawn;
import de.lotse.api.housing.ParticipantEmployedOnRenovation;
import de.lotse.api.housing.PropertyAcquired;
import de.lotse.api.housing.PropertyId;
import de.lotse.api.housing.RenovationCompleted;
import de.lotse.api.housing.RenovationId;
import de.lotse.api.housing.RenovationStarted;
import de.lotse.api.housing.TenancyChecked;
import de.lotse.api.housing.TenancyEndReason;
import de.lotse.api.housing.TenancyEnded;
import de.lotse.api.housing.TenancyId;
import de.lotse.api.housing.TenancyStarted;
import de.lotse.api.housing.TenantMovedIn;
import de.lotse.api.housing.UnitAdded;
import de.lotse.api.housing.UnitId;
import de.lotse.api.housing.VacancyId;
import de.lotse.api.housing.VacancyOpened;
import de.lotse.api.participant.ParticipantId;
import de.lotse.query.housing.PortfolioReadModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The housing portfolio rebuilt from the first event holds the same rows, table by table, as the
 * live processor wrote, so every answer read from it is the same; the rebuild's workers share the
 * streams of properties, units and renovations as the live segments do.
 */
class HousingPortfolioRebuildTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final List<String> TABLES = List.of(
            "portfolio_property",
            "portfolio_unit",
            "portfolio_occupancy_right",
            "portfolio_renovation",
            "portfolio_renovation_worker",
            "portfolio_vacancy",
            "portfolio_offer",
            "portfolio_tenancy",
            "portfolio_tenancy_check");

    private final ReadSide readSide = new ReadSide(List.of(new PortfolioReadModel().rebuildableHousingPortfolio()));

    @AfterEach
    void shutDown() {
        readSide.close();
    }

    @Test
    void rebuildsThePortfolioIntoIdenticalRows() {
        for (var i = 0; i < 8; i++) {
            property(i);
        }
        readSide.awaitLiveProcessorsAtHead();
        var before = rows();
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());
        var tablesBefore = readSide.tableIds(TABLES);

        var rebuilds = readSide.rebuilds(5);
        rebuilds.start("housing-portfolio");
        await().atMost(ReadSide.PATIENCE)
                .until(() -> rebuilds.running("housing-portfolio").isEmpty());

        assertThat(readSide.tableIds(TABLES)).doesNotContainAnyElementsOf(tablesBefore);
        assertThat(rows()).isEqualTo(before);
    }

    /** A property with two units: one renovated with a worker, one let after a declined, an expired and a withdrawn offer. */
    private void property(int i) {
        var day = START.plusDays(i * 7L);
        var property = PropertyId.random();
        var renovated = UnitId.random();
        var let = UnitId.random();
        var holding = Holding.values()[i % Holding.values().length];
        readSide.append(
                "Property",
                property.toString(),
                new PropertyAcquired(
                        property,
                        new Address("Straße " + i, "1", "44147", "Dortmund"),
                        "District " + i % 3,
                        holding,
                        "Owner",
                        day));
        readSide.append("Unit", renovated.toString(), unit(renovated, property, "EG", holding));
        readSide.append("Unit", let.toString(), unit(let, property, "1. OG", holding));
        var renovation = RenovationId.random();
        readSide.append(
                "Renovation",
                renovation.toString(),
                new RenovationStarted(renovation, property, day, day.plusMonths(2), "roof", List.of(renovated)),
                new ParticipantEmployedOnRenovation(renovation, property, ParticipantId.random(), day, BigDecimal.TEN),
                new RenovationCompleted(renovation, property, day.plusMonths(2), List.of(renovated)));
        readSide.append("Unit", let.toString(), lettings(let, day).toArray());
    }

    private static List<Object> lettings(UnitId unit, LocalDate day) {
        var vacancy = VacancyId.random();
        var declined = offer(unit, vacancy, day.plusDays(1));
        var expired = offer(unit, vacancy, day.plusDays(2));
        var withdrawn = offer(unit, vacancy, day.plusDays(3));
        var accepted = offer(unit, vacancy, day.plusDays(4));
        var tenancy = TenancyId.random();
        var tenant = accepted.participantId();
        return List.of(
                new OccupancyRightGranted(
                        unit,
                        OccupancyRightId.random(),
                        "Wohnungsamt",
                        OccupancyRightKind.NOMINATION,
                        day,
                        day.plusYears(5)),
                new VacancyOpened(unit, vacancy, day),
                declined,
                new OfferDeclined(
                        unit,
                        vacancy,
                        declined.offerId(),
                        declined.participantId(),
                        day.plusDays(2),
                        DeclinedBy.OWNER,
                        DeclineReason.OWNER_CHOSE_OTHER),
                expired,
                new OfferExpired(unit, vacancy, expired.offerId(), expired.participantId(), day.plusDays(17)),
                withdrawn,
                accepted,
                new OfferAccepted(unit, vacancy, accepted.offerId(), tenant, day.plusDays(18)),
                new OfferWithdrawn(
                        unit,
                        vacancy,
                        withdrawn.offerId(),
                        withdrawn.participantId(),
                        day.plusDays(18),
                        accepted.offerId()),
                new TenancyStarted(
                        unit,
                        tenancy,
                        accepted.offerId(),
                        vacancy,
                        tenant,
                        day.plusDays(30),
                        null,
                        new BigDecimal("412.50"),
                        true),
                new TenantMovedIn(unit, tenancy, tenant, day.plusDays(31), true),
                new TenancyChecked(unit, tenancy, tenant, day.plusMonths(3), CheckStatus.AT_RISK, "arrears talk"),
                new TenancyEnded(unit, tenancy, tenant, day.plusMonths(9), TenancyEndReason.MOVED_ON));
    }

    private static OfferMade offer(UnitId unit, VacancyId vacancy, LocalDate offeredOn) {
        return new OfferMade(
                unit, vacancy, OfferId.random(), ParticipantId.random(), offeredOn, offeredOn.plusDays(14));
    }

    private static UnitAdded unit(UnitId id, PropertyId property, String label, Holding holding) {
        return new UnitAdded(id, property, label, 3, new BigDecimal("71.25"), new BigDecimal("512.00"), true, holding);
    }

    private Map<String, List<String>> rows() {
        var rows = new HashMap<String, List<String>>();
        TABLES.forEach(table -> rows.put(table, readSide.rowsOf(table)));
        return rows;
    }
}
