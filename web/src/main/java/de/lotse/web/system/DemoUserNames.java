package de.lotse.web.system;

import de.lotse.api.access.Role;
import java.util.List;

/**
 * The demo users of the contract, by name and role. The user store cannot list its users, so the
 * UI keeps the names it offers (the admin page, the coach suggestions at intake) here.
 */
public final class DemoUserNames {

    /** A demo user's name and role. */
    public record DemoUser(String name, Role role) {}

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("coach1", Role.COACH),
            new DemoUser("coach2", Role.COACH),
            new DemoUser("lead", Role.TEAM_LEAD),
            new DemoUser("evaluator", Role.EVALUATOR),
            new DemoUser("auditor", Role.AUDITOR),
            new DemoUser("admin", Role.ADMIN));

    private DemoUserNames() {}

    /** The demo coaches, offered as suggestions where a team lead picks a coach. */
    public static List<String> coaches() {
        return ALL.stream()
                .filter(user -> user.role() == Role.COACH)
                .map(DemoUser::name)
                .toList();
    }
}
