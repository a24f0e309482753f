package de.lotse.query.worklist;

import de.lotse.api.worklist.WorklistKind;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A row of {@code worklist_item}. {@code key} tells apart the items of one kind for one participant
 * (a referral's id, a tenancy check's month; empty where a kind has one item at most). An item is
 * shown from {@code shownFrom}, which may lie before its due date (an offer's answer date) or after
 * it (a referral open for more than 14 days).
 */
record WorklistItemRow(
        UUID participantId, WorklistKind kind, String key, LocalDate dueOn, LocalDate shownFrom, String detail) {

    /** The item's identity in the table. */
    record Key(UUID participantId, WorklistKind kind, String key) {

        MapSqlParameterSource parameters() {
            return new MapSqlParameterSource()
                    .addValue("participantId", participantId)
                    .addValue("kind", kind.name())
                    .addValue("key", key);
        }
    }

    Key identity() {
        return new Key(participantId, kind, key);
    }

    MapSqlParameterSource parameters() {
        return identity()
                .parameters()
                .addValue("dueOn", dueOn)
                .addValue("shownFrom", shownFrom)
                .addValue("detail", detail);
    }
}
