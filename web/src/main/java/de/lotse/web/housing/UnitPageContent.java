package de.lotse.web.housing;

import de.lotse.api.housing.CheckStatus;
import de.lotse.api.housing.DeclineReason;
import de.lotse.api.housing.DeclinedBy;
import de.lotse.api.housing.FindUnit;
import de.lotse.api.housing.OccupancyRightKind;
import de.lotse.api.housing.OfferStatus;
import de.lotse.api.housing.TenancyEndReason;
import de.lotse.api.housing.UnitDetail;
import de.lotse.api.housing.UnitId;
import de.lotse.platform.security.CurrentCaller;
import de.lotse.web.system.FormPage;
import de.lotse.web.system.Gateways;
import de.lotse.web.system.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a unit's page shows: the unit with its timeline, and a form for each command that can
 * apply now, each offering only what it may act on (an open vacancy to offer, an open offer to
 * answer, an accepted offer to let, a tenancy to move into, check or end) and prefilled with today.
 * A form that was just refused keeps what the user entered, with its errors.
 */
@Component
class UnitPageContent {

    static final String VIEW = "housing/unit";
    static final String CONTENT = VIEW + " :: content";

    private final Gateways gateways;
    private final CurrentCaller currentCaller;
    private final Candidates candidates;
    private final MessageSource messages;
    private final Clock clock;

    UnitPageContent(
            Gateways gateways,
            CurrentCaller currentCaller,
            Candidates candidates,
            MessageSource messages,
            Clock clock) {
        this.gateways = gateways;
        this.currentCaller = currentCaller;
        this.candidates = candidates;
        this.messages = messages;
        this.clock = clock;
    }

    FormPage.Shape<UnitDetail> shape(UnitId id) {
        return new FormPage.Shape<>(VIEW, CONTENT, () -> read(id), this::fill, "/housing/units/" + id);
    }

    UnitDetail read(UnitId id) {
        return gateways.ask(new FindUnit(currentCaller.get(), id), UnitDetail.class);
    }

    /** Puts the unit, its timeline, the choices of every form and every form not already there into the model. */
    void fill(Model model, UnitDetail unit) {
        fill(model, unit, null);
    }

    /** As {@link #fill(Model, UnitDetail)}, with the offer's participants narrowed to those named like {@code find}. */
    void fill(Model model, UnitDetail unit, @Nullable String find) {
        model.addAttribute("unit", unit);
        model.addAttribute("timeline", UnitTimeline.of(unit));
        model.addAttribute("candidates", candidates.forViewer(find));
        model.addAttribute("find", find);
        model.addAttribute("rightKinds", OccupancyRightKind.values());
        model.addAttribute("declineParties", DeclinedBy.values());
        model.addAttribute("declineReasons", DeclineReason.values());
        model.addAttribute("checkStatuses", CheckStatus.values());
        model.addAttribute("endReasons", TenancyEndReason.values());
        var choices = choices(unit);
        choices.forEach(model::addAttribute);
        freshForms(unit, choices).forEach((name, form) -> {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, form);
            }
        });
    }

    private Map<String, List<Choice>> choices(UnitDetail unit) {
        var let = unit.tenancies().stream().map(UnitDetail.TenancyView::offerId).collect(Collectors.toSet());
        var running = unit.tenancies().stream().filter(t -> t.endedOn() == null).toList();
        var choices = new LinkedHashMap<String, List<Choice>>();
        choices.put(
                "openVacancies",
                unit.vacancies().stream()
                        .filter(UnitDetail.VacancyView::open)
                        .map(v -> new Choice(v.id(), date(v.availableFrom())))
                        .toList());
        choices.put("openOffers", offers(unit, OfferStatus.OPEN, Set.of()));
        choices.put("acceptedOffers", offers(unit, OfferStatus.ACCEPTED, let));
        choices.put(
                "awaitingMoveIn",
                tenancies(running.stream().filter(t -> t.movedInOn() == null).toList()));
        choices.put("runningTenancies", tenancies(running));
        choices.put("checkable", tenancies(checkable(running)));
        return choices;
    }

    /**
     * Housing officers check every tenancy moved into; a coach those of the own participants, which
     * are the ones the unit's answer names for a coach (housing answers name a participant only to
     * whoever may read them).
     */
    private List<UnitDetail.TenancyView> checkable(List<UnitDetail.TenancyView> running) {
        var viewer = Viewer.of(currentCaller.get());
        return running.stream()
                .filter(t -> t.movedInOn() != null)
                .filter(t -> viewer.managesHousing() || t.displayName() != null)
                .toList();
    }

    private List<Choice> offers(UnitDetail unit, OfferStatus status, Set<String> except) {
        return unit.offers().stream()
                .filter(offer -> offer.status() == status && !except.contains(offer.id()))
                .map(offer -> new Choice(
                        offer.id(),
                        UnitTimeline.nameOf(offer.displayName(), offer.participantId()) + " · "
                                + date(offer.offeredOn())))
                .toList();
    }

    private List<Choice> tenancies(List<UnitDetail.TenancyView> tenancies) {
        return tenancies.stream()
                .map(t -> new Choice(
                        t.id(), UnitTimeline.nameOf(t.displayName(), t.participantId()) + " · " + date(t.start())))
                .toList();
    }

    private String date(LocalDate day) {
        var locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale)
                .format(day);
    }

    /** Fresh forms dated today; where a form has only one thing to act on, it is chosen already. */
    private Map<String, Object> freshForms(UnitDetail unit, Map<String, List<Choice>> choices) {
        var today = LocalDate.now(clock);
        var openOffer = onlyOne(choices.get("openOffers"));
        var running = onlyOne(choices.get("runningTenancies"));
        var forms = new LinkedHashMap<String, Object>();
        forms.put("occupancyRight", OccupancyRightForm.blank(today));
        forms.put("vacancy", new VacancyForm(today));
        forms.put("offer", new OfferForm(onlyOne(choices.get("openVacancies")), null, today, today.plusDays(14)));
        forms.put("acceptance", new AcceptanceForm(openOffer, today));
        forms.put("declination", new DeclinationForm(openOffer, today, null, null));
        forms.put(
                "tenancy",
                new TenancyForm(onlyOne(choices.get("acceptedOffers")), today, null, unit.rentCold(), false));
        forms.put("moveIn", new MoveInForm(onlyOne(choices.get("awaitingMoveIn")), today));
        forms.put("check", new CheckForm(onlyOne(choices.get("checkable")), today, null, null));
        forms.put("tenancyEnd", new TenancyEndForm(running, today, null));
        return forms;
    }

    private static @Nullable UUID onlyOne(List<Choice> choices) {
        return choices.size() == 1 ? UUID.fromString(choices.get(0).value()) : null;
    }
}
