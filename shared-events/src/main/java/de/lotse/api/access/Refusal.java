package de.lotse.api.access;

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
        ROLE_NOT_ALLOWED
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
}
