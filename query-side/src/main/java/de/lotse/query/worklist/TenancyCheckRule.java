package de.lotse.query.worklist;

import de.lotse.api.housing.HousingEvent;
import de.lotse.api.housing.TenancyChecked;
import de.lotse.api.housing.TenancyEnded;
import de.lotse.api.housing.TenantMovedIn;
import de.lotse.api.worklist.WorklistKind;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code TENANCY_CHECK}: the checks due 3, 6 and 12 months after the move-in, each shown from its
 * due date. A check recorded no more than 30 days before a due date, or any time after it, settles
 * that check (and so a late check settles every check overdue by then); the end of the tenancy
 * settles the checks still open. The detail is the number of months after the move-in.
 */
@Component
class TenancyCheckRule implements WorklistRule {

    static final List<Integer> MONTHS_AFTER_MOVE_IN = List.of(3, 6, 12);
    static final int DAYS_EARLY = 30;

    @Override
    public void apply(HousingEvent event, LocalDate recordedOn, Worklist worklist) {
        if (event instanceof TenantMovedIn movedIn) {
            var occasion = Occasion.of(movedIn.participantId(), recordedOn, worklist);
            for (var months : MONTHS_AFTER_MOVE_IN) {
                var due = movedIn.date().plusMonths(months);
                occasion.open(WorklistKind.TENANCY_CHECK, key(movedIn.tenancyId(), months), due, due, "" + months);
            }
        } else if (event instanceof TenancyChecked checked) {
            var occasion = Occasion.of(checked.participantId(), recordedOn, worklist);
            var prefix = checked.tenancyId() + "/";
            occasion.openItems(WorklistKind.TENANCY_CHECK).stream()
                    .filter(item -> item.key().startsWith(prefix))
                    .filter(item -> !item.dueOn().minusDays(DAYS_EARLY).isAfter(checked.date()))
                    .forEach(item -> occasion.settle(WorklistKind.TENANCY_CHECK, item.key()));
        } else if (event instanceof TenancyEnded ended) {
            var occasion = Occasion.of(ended.participantId(), recordedOn, worklist);
            MONTHS_AFTER_MOVE_IN.forEach(
                    months -> occasion.settle(WorklistKind.TENANCY_CHECK, key(ended.tenancyId(), months)));
        }
    }

    private static String key(Object tenancyId, int months) {
        return tenancyId + "/" + months;
    }
}
