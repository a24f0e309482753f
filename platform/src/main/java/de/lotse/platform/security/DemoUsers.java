package de.lotse.platform.security;

import de.lotse.api.access.Role;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The users every fresh installation can try Lotse with: two coaches, a team lead, an evaluator,
 * an auditor and an admin, all with one password.
 */
final class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    static final List<DemoUser> ALL = List.of(
            new DemoUser("coach1", Role.COACH),
            new DemoUser("coach2", Role.COACH),
            new DemoUser("lead", Role.TEAM_LEAD),
            new DemoUser("evaluator", Role.EVALUATOR),
            new DemoUser("auditor", Role.AUDITOR),
            new DemoUser("admin", Role.ADMIN));

    record DemoUser(String name, Role role) {}

    private DemoUsers() {}

    static InMemoryUserDetailsManager create(SecurityProperties properties, PasswordEncoder encoder) {
        var manager = new InMemoryUserDetailsManager();
        if (!properties.demoUsersEnabled()) {
            log.info("Demo users are off (lotse.demo-users=false)");
            return manager;
        }
        var password = properties.demoPassword();
        if (password == null || password.isBlank()) {
            password = randomPassword();
            log.warn("LOTSE_DEMO_PASSWORD is not set; the demo users' password for this run is: {}", password);
        }
        for (var user : ALL) {
            manager.createUser(userDetails(user, encoder.encode(password)));
        }
        log.info("Demo users created: {}", ALL.stream().map(DemoUser::name).toList());
        return manager;
    }

    private static UserDetails userDetails(DemoUser user, String encodedPassword) {
        return User.withUsername(user.name())
                .password(encodedPassword)
                .roles(user.role().name())
                .build();
    }

    private static String randomPassword() {
        var bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
