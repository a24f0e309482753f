package de.lotse.api.operations;

/**
 * Why a retry or eviction of parked events was refused: the read model has no parked events of that
 * participant (or there is no such read model). It travels as the details of Axon's command
 * execution exception, so that the refusal survives the trip between JVMs.
 */
public record NothingParked(String readModel, String participantId) {

    public String detail() {
        return "The read model '" + readModel + "' has no parked events of participant " + participantId + ".";
    }
}
