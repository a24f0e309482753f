package de.lotse.web.housing;

import de.lotse.api.housing.UnitDetail;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A unit's life as one list of dated moments, oldest first: rights granted, renovations,
 * vacancies opened, offers made, tenancies begun, move-ins, checks and ends. Each moment reads as its message
 * {@code moment.<KIND>} with up to three parts: who or what it concerns ({@code text}), a word of
 * the bundle ({@code word}, such as the kind of right) and a second day ({@code until}).
 */
final class UnitTimeline {

    /** What happened on a day, as the timeline shows it. */
    enum Kind {
        RIGHT_GRANTED,
        RENOVATION_STARTED,
        RENOVATION_COMPLETED,
        VACANCY_OPENED,
        OFFER_MADE,
        TENANCY_STARTED,
        MOVED_IN,
        CHECKED,
        TENANCY_ENDED
    }

    /** One moment of the unit's timeline. */
    record Moment(
            LocalDate date,
            Kind kind,
            String text,
            @Nullable String word,
            @Nullable LocalDate until) {

        public String key() {
            return "moment." + kind;
        }
    }

    private UnitTimeline() {}

    static List<Moment> of(UnitDetail unit) {
        var moments = new ArrayList<Moment>();
        unit.occupancyRights()
                .forEach(right -> moments.add(new Moment(
                        right.validFrom(),
                        Kind.RIGHT_GRANTED,
                        right.grantor(),
                        "rightKind." + right.kind(),
                        right.validUntil())));
        unit.renovations().forEach(renovation -> moments.addAll(renovationMoments(renovation)));
        unit.vacancies()
                .forEach(vacancy ->
                        moments.add(new Moment(vacancy.availableFrom(), Kind.VACANCY_OPENED, "", null, null)));
        unit.offers()
                .forEach(offer -> moments.add(new Moment(
                        offer.offeredOn(),
                        Kind.OFFER_MADE,
                        nameOf(offer.displayName(), offer.participantId()),
                        "offerStatus." + offer.status(),
                        offer.respondBy())));
        unit.tenancies().forEach(tenancy -> moments.addAll(tenancyMoments(tenancy)));
        moments.sort(Comparator.comparing(Moment::date));
        return List.copyOf(moments);
    }

    private static List<Moment> tenancyMoments(UnitDetail.TenancyView tenancy) {
        var tenant = nameOf(tenancy.displayName(), tenancy.participantId());
        var started = Stream.of(new Moment(tenancy.start(), Kind.TENANCY_STARTED, tenant, null, null));
        var movedIn =
                Stream.ofNullable(tenancy.movedInOn()).map(day -> new Moment(day, Kind.MOVED_IN, tenant, null, null));
        var checks = tenancy.checks().stream()
                .map(check -> new Moment(check.date(), Kind.CHECKED, tenant, "checkStatus." + check.status(), null));
        var ended = Stream.ofNullable(tenancy.endedOn())
                .map(day -> new Moment(day, Kind.TENANCY_ENDED, tenant, reasonOf(tenancy), null));
        return Stream.of(started, movedIn, checks, ended).flatMap(s -> s).toList();
    }

    private static List<Moment> renovationMoments(UnitDetail.RenovationView renovation) {
        var started = Stream.of(
                new Moment(renovation.startDate(), Kind.RENOVATION_STARTED, "", null, renovation.plannedEnd()));
        var completed = Stream.ofNullable(renovation.completedOn())
                .map(day -> new Moment(day, Kind.RENOVATION_COMPLETED, "", null, null));
        return Stream.concat(started, completed).toList();
    }

    private static @Nullable String reasonOf(UnitDetail.TenancyView tenancy) {
        return tenancy.endReason() == null ? null : "tenancyEndReason." + tenancy.endReason();
    }

    /** The participant's name where the caller may read it, else the id. */
    static String nameOf(@Nullable String displayName, String participantId) {
        return displayName != null ? displayName : participantId;
    }
}
