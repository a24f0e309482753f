package de.lotse.query.housing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The names under which a caller sees participants in housing answers: a name for each participant
 * the caller may read, none for the others, who appear by id only.
 */
@FunctionalInterface
interface Names {

    /** The participant's name as the caller may see it, or {@code null} when the caller may not. */
    @Nullable String of(UUID participantId);

    /** A looked-up name, or none: a map holds no null, and a name the caller may not see is looked up once too. */
    record Named(@Nullable String name) {

        static final Named NOBODY = new Named(null);
    }
}
