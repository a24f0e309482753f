package de.lotse.api.operations;

/**
 * Why a rebuild was not started. It travels as the details of Axon's command execution exception,
 * so that the refusal survives the trip between JVMs.
 */
public record ReplayRefusal(Reason reason, String detail) {

    /** The kinds of refusal, each answered with its own HTTP status. */
    public enum Reason {
        /** No read model of that name can be rebuilt. */
        UNKNOWN_PROJECTION,
        /** A rebuild of that read model is already running. */
        ALREADY_REPLAYING
    }

    public static ReplayRefusal unknown(String name) {
        return new ReplayRefusal(Reason.UNKNOWN_PROJECTION, "No read model named '" + name + "' can be rebuilt.");
    }

    public static ReplayRefusal alreadyReplaying(String name) {
        return new ReplayRefusal(Reason.ALREADY_REPLAYING, "The read model '" + name + "' is being rebuilt already.");
    }
}
