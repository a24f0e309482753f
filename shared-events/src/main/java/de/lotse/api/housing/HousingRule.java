package de.lotse.api.housing;

import java.util.Locale;

/**
 * The rules that keep the portfolio consistent: a unit is never let twice, never offered while
 * renovated or let, an offer is answered once. Each rule has a name, a test and its own problem
 * type {@code urn:lotse:rule:<slug>}, so that a housing officer reads which rule a command broke.
 */
public enum HousingRule {
    OCCUPANCY_RIGHT_OVERLAPS("Two occupancy rights of one unit cannot cover the same day."),
    UNIT_IN_RENOVATION("A unit in renovation cannot be offered, nor renovated twice at once."),
    UNIT_OCCUPIED("A tenancy covers that date: the unit cannot be let twice."),
    VACANCY_OPEN("The unit already has an open vacancy."),
    VACANCY_CLOSED("Only an open vacancy can be offered."),
    NO_OCCUPANCY_RIGHT("A unit held by occupancy rights can only be offered while a right is valid."),
    OFFER_OPEN("A vacancy has at most one open offer, or five candidates under a nomination right."),
    PARTICIPANT_ALREADY_OFFERED("The participant already holds an open offer on this vacancy."),
    OFFER_NOT_OPEN("Only an open offer can be accepted, declined, withdrawn or expire."),
    DATE_BEFORE_OFFER("An offer cannot be answered before it was made."),
    OFFER_NOT_ACCEPTED("A tenancy needs an accepted offer."),
    TENANCY_ALREADY_STARTED("The accepted offer has led to a tenancy already."),
    MOVE_IN_OUTSIDE_TENANCY("The move-in must lie within the tenancy."),
    ALREADY_MOVED_IN("The move-in of a tenancy is recorded once."),
    NOT_MOVED_IN("A tenancy is checked after the move-in."),
    TENANCY_ENDED("The tenancy has ended; nothing more can be recorded on it."),
    DATE_BEFORE_TENANCY_START("A tenancy cannot end, nor be checked, before it started."),
    UNIT_OF_OTHER_PROPERTY("A renovation covers units of its own property only."),
    RENOVATION_COMPLETED("The renovation is completed; it takes no more workers and completes once."),
    DATE_BEFORE_RENOVATION_START("A renovation cannot complete or take on a worker before it started."),
    ALREADY_EMPLOYED_ON_RENOVATION("The participant already works on this renovation.");

    private final String title;

    HousingRule(String title) {
        this.title = title;
    }

    /** The rule in one sentence, as a housing officer would read it. */
    public String title() {
        return title;
    }

    /** The rule's name in problem types and messages, e.g. {@code unit-occupied}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
