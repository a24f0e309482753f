package de.lotse.api.operations;

/**
 * Find whether every read model has applied every event stored after position {@code after} up to
 * position {@code upTo} (see {@link FindStoredPosition}), as a {@code Boolean}. A page asks it after
 * a command, with the positions before and after the command, so that it shows the command's
 * effect rather than some earlier state. It carries no caller: the answer tells nothing about anyone.
 */
public record FindReadModelsCaughtUp(long after, long upTo) {

    public FindReadModelsCaughtUp {
        if (after < 0 || upTo < after) {
            throw new IllegalArgumentException("positions out of order: after " + after + ", up to " + upTo);
        }
    }
}
