package de.lotse.api.pathway;

import java.util.Locale;

/**
 * The rules a participant's route must keep. Each rule has a name, a test and its own problem
 * type, so that a coach reads which rule a command broke.
 */
public enum PathwayRule {
    COACHING_FIRST("Every stage other than COACHING needs COACHING to have been started."),
    STAGE_ALREADY_ACTIVE("A stage cannot be started while it is active."),
    STAGE_NOT_ACTIVE("Only an active stage can be completed or aborted."),
    DATE_BEFORE_ENTRY("No date may lie before the entry date."),
    DATE_BEFORE_STAGE_START("A stage cannot end before it started."),
    ALREADY_EXITED("After exit no stage, housing or second exit can be recorded."),
    FOLLOW_UP_NEEDS_EXIT("A follow-up needs an exit."),
    FOLLOW_UP_BEFORE_EXIT("A follow-up cannot be dated before the exit date."),
    FOLLOW_UP_ALREADY_RECORDED("The six-month follow-up has already been recorded."),
    ENTRY_DATE_AFTER_RECORDED_STEP("The entry date cannot be moved past a step already recorded."),
    BORN_AFTER_ENTRY("The date of birth must lie before the entry date."),
    DUPLICATE_INTAKE("A participant with the same name, date of birth and postcode exists already."),
    INTAKE_ID_TAKEN("This id belongs to a participant enrolled with other answers."),
    RETENTION_PERIOD_RUNS("While the legal retention period runs (CPR Art. 82), erasure needs an explicit override."),
    ALREADY_ERASED("The participant's personal data are erased; nothing more can be recorded."),
    DATE_BEFORE_REFERRAL("A referral cannot be closed before the day it was made."),
    REFERRAL_CLOSED("Only an open referral can be closed."),
    MOBILITY_AFTER_EXIT("After exit only support for a job in another region can be recorded.");

    private final String title;

    PathwayRule(String title) {
        this.title = title;
    }

    /** The rule in one sentence, as a coach would read it. */
    public String title() {
        return title;
    }

    /** The rule's name in problem types and messages, e.g. {@code coaching-first}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
