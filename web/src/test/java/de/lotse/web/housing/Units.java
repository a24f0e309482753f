package de.lotse.web.housing;

import de.lotse.api.housing.CheckStatus;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.OccupancyRightKind;
import de.lotse.api.housing.OfferStatus;
import de.lotse.api.housing.UnitDetail;
import de.lotse.api.housing.UnitDetail.CheckView;
import de.lotse.api.housing.UnitDetail.OccupancyRightView;
import de.lotse.api.housing.UnitDetail.OfferView;
import de.lotse.api.housing.UnitDetail.TenancyView;
import de.lotse.api.housing.UnitDetail.VacancyView;
import de.lotse.api.housing.UnitStatus;
import de.lotse.web.Participants;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One unit of the Mallinckrodtstraße as the query side answers it, at several steps of its life. */
final class Units {

    static final String ID = "3c9f1f52-6a39-4c59-a2a7-1d7e4b0c2f11";
    static final String PROPERTY = "0d7b5a8e-1f2c-4b3a-9e6d-5c4b3a2f1e0d";
    static final String RIGHT = "4b2a7c1d-8e9f-4a0b-b1c2-d3e4f5a6b7c8";
    static final String VACANCY = "7e6d5c4b-3a2f-4e1d-8c0b-9a8f7e6d5c4b";
    static final String OFFER = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    static final String TENANCY = "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f";
    static final String PAGE = "/housing/units/" + ID;

    private static final OccupancyRightView RIGHT_OF_THE_HOUSING_OFFICE = new OccupancyRightView(
            RIGHT,
            OccupancyRightKind.OCCUPANCY,
            "Wohnungsamt Dortmund",
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2031, 2, 28));

    private Units() {}

    /** Just added: no right, no vacancy. */
    static UnitDetail added() {
        return unit(UnitStatus.UNAVAILABLE, List.of(), List.of(), List.of(), List.of());
    }

    /** With an occupancy right and a vacancy open from 1 March 2026, not offered yet. */
    static UnitDetail vacant() {
        return unit(
                UnitStatus.VACANT, List.of(RIGHT_OF_THE_HOUSING_OFFICE), List.of(openVacancy()), List.of(), List.of());
    }

    /** Offered to Elena, whose name the caller may read, on 2 March 2026. */
    static UnitDetail offeredToElena() {
        return unit(
                UnitStatus.OFFERED,
                List.of(RIGHT_OF_THE_HOUSING_OFFICE),
                List.of(openVacancy()),
                List.of(offer(OfferStatus.OPEN, "Elena Popescu")),
                List.of());
    }

    /** Let to Elena from 1 April 2026; she moved in that day and was checked six months on. */
    static UnitDetail letToElena() {
        var tenancy = new TenancyView(
                TENANCY,
                OFFER,
                Participants.ID,
                "Elena Popescu",
                LocalDate.of(2026, 4, 1),
                null,
                new BigDecimal("380.00"),
                false,
                LocalDate.of(2026, 4, 1),
                null,
                null,
                List.of(new CheckView(LocalDate.of(2026, 10, 1), CheckStatus.STABLE)),
                List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 4, 1)));
        return unit(
                UnitStatus.LET,
                List.of(RIGHT_OF_THE_HOUSING_OFFICE),
                List.of(new VacancyView(VACANCY, LocalDate.of(2026, 3, 1), false, LocalDate.of(2026, 3, 5))),
                List.of(offer(OfferStatus.ACCEPTED, "Elena Popescu")),
                List.of(tenancy));
    }

    private static VacancyView openVacancy() {
        return new VacancyView(VACANCY, LocalDate.of(2026, 3, 1), true, null);
    }

    private static OfferView offer(OfferStatus status, String displayName) {
        return new OfferView(
                OFFER,
                VACANCY,
                Participants.ID,
                displayName,
                status,
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 16),
                status == OfferStatus.OPEN ? null : LocalDate.of(2026, 3, 5),
                null,
                null);
    }

    private static UnitDetail unit(
            UnitStatus status,
            List<OccupancyRightView> rights,
            List<VacancyView> vacancies,
            List<OfferView> offers,
            List<TenancyView> tenancies) {
        return new UnitDetail(
                ID,
                PROPERTY,
                "Mallinckrodtstraße 12, 44147 Dortmund",
                "Nordstadt",
                Holding.PURCHASED,
                "2. OG links",
                2,
                new BigDecimal("54.5"),
                new BigDecimal("380.00"),
                false,
                status,
                rights,
                List.of(),
                vacancies,
                offers,
                tenancies);
    }
}
