package de.lotse.api.access;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a side refused a request for reasons other than a pathway rule. It travels as the details
 * of an Axon execution exception, so that the refusal survives the trip between JVMs.
 */
public record Refusal(Reason reason, String detail) {

    /** The kinds of refusal, each answered with its own HTTP status. */
    public enum Reason {
        /** No participant with the given id exists. */
        UNKNOWN_PARTICIPANT,
        /** The participant belongs to another coach's caseload. */
        NOT_YOUR_CASELOAD,
        /** None of the caller's roles may ask this. */
        ROLE_NOT_ALLOWED,
        /** No account with the given user name exists. */
        UNKNOWN_ACCOUNT,
        /** The account holds no API token with the given id. */
        UNKNOWN_TOKEN,
        /** The user name belongs to an account already; user names are never reused. */
        USERNAME_TAKEN,
        /** The change would leave no enabled account with the role ADMIN. */
        LAST_ADMIN,
        /** The current password given with a password change is not the account's. */
        WRONG_PASSWORD,
        /** The named coach is not an enabled account with the role COACH or TEAM_LEAD. */
        NOT_A_COACH,
        /** The participant has no referral with the given id. */
        UNKNOWN_REFERRAL,
        /** The directory lists a provider of that name already. */
        PROVIDER_NAME_TAKEN,
        /** The participant's personal data are erased, so nothing with their name can be produced. */
        PERSONAL_DATA_ERASED,
        /** No property with the given id exists. */
        UNKNOWN_PROPERTY,
        /** No unit with the given id exists. */
        UNKNOWN_UNIT,
        /** No renovation with the given id exists. */
        UNKNOWN_RENOVATION,
        /** No vacancy with the given id exists. */
        UNKNOWN_VACANCY,
        /** No offer with the given id exists. */
        UNKNOWN_OFFER,
        /** No tenancy with the given id exists. */
        UNKNOWN_TENANCY
    }

    public static Refusal unknownParticipant(Object participantId) {
        return new Refusal(Reason.UNKNOWN_PARTICIPANT, "No participant with id " + participantId + ".");
    }

    public static Refusal roleNotAllowed(String what) {
        return new Refusal(Reason.ROLE_NOT_ALLOWED, "Your role does not allow " + what + ".");
    }

    public static Refusal notYourCaseload(Object participantId) {
        return new Refusal(Reason.NOT_YOUR_CASELOAD, "Participant " + participantId + " is not in your caseload.");
    }

    public static Refusal unknownAccount(String username) {
        return new Refusal(Reason.UNKNOWN_ACCOUNT, "No account with the user name " + username + ".");
    }

    public static Refusal unknownToken(Object tokenId) {
        return new Refusal(Reason.UNKNOWN_TOKEN, "No API token with id " + tokenId + ".");
    }

    public static Refusal usernameTaken(String username) {
        return new Refusal(
                Reason.USERNAME_TAKEN, "The user name " + username + " is taken; user names are never reused.");
    }

    public static Refusal lastAdmin(String username) {
        return new Refusal(
                Reason.LAST_ADMIN, username + " is the last enabled administrator; open or enable another one first.");
    }

    public static Refusal wrongPassword() {
        return new Refusal(Reason.WRONG_PASSWORD, "is not your current password");
    }

    public static Refusal notACoach(String coach) {
        return new Refusal(
                Reason.NOT_A_COACH, "'" + coach + "' is not an enabled account with the role COACH or TEAM_LEAD");
    }

    public static Refusal unknownReferral(Object referralId) {
        return new Refusal(Reason.UNKNOWN_REFERRAL, "The participant has no referral with id " + referralId + ".");
    }

    public static Refusal providerNameTaken(Object existingId) {
        return new Refusal(
                Reason.PROVIDER_NAME_TAKEN,
                "The directory lists a provider of that name already, with id " + existingId + ".");
    }

    public static Refusal personalDataErased(Object participantId) {
        return new Refusal(
                Reason.PERSONAL_DATA_ERASED,
                "The personal data of participant " + participantId + " are erased; their form cannot be filled in.");
    }

    /** A housing record (property, unit, renovation, vacancy, offer, tenancy) that does not exist. */
    public static Refusal unknown(Reason reason, Object id) {
        var what = reason.name().substring("UNKNOWN_".length()).toLowerCase(Locale.ROOT);
        return new Refusal(reason, "No " + what + " with id " + id + ".");
    }

    /** For a refusal of one input: the request field it concerns. */
    public Optional<String> field() {
        return switch (reason) {
            case WRONG_PASSWORD -> Optional.of("currentPassword");
            case NOT_A_COACH -> Optional.of("coach");
            default -> Optional.empty();
        };
    }
}
