package org.fundclear.jobs.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fundclear.clearing.access.Role;
import org.fundclear.jobs.TestApplication;
import org.fundclear.sql.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** ./fundclear demo's users: one per role with a random password, created once; a second demo changes nothing. */
class DemoUsersTest {

    @Test
    void demoUsersAreCreatedOnceWithTheirOwnRolesAndPasswords() {
        try (TestDatabase db = TestDatabase.h2(); ConfigurableApplicationContext context = TestApplication.start(db)) {
            UserService users = context.getBean(UserService.class);
            Map<String, String> created = users.addDemoUsers("demo");
            assertThat(created).containsOnlyKeys("inspector", "reviewer", "investigator", "supervisor", "finance",
                    "auditor", "admin");
            assertThat(created.values()).doesNotHaveDuplicates().allMatch(p -> p.length() >= UserService.MIN_PASSWORD_LENGTH);
            assertThat(users.find("reviewer").orElseThrow().roles()).containsExactly(Role.REVIEWER);
            assertThat(users.find("inspector").orElseThrow().roles()).containsExactly(Role.INSPECTOR);
            assertThat(users.find("admin").orElseThrow().unmask()).isTrue();
            assertThat(users.find("inspector").orElseThrow().unmask()).isFalse();
            String hash = users.passwordHash("inspector").orElseThrow();
            assertThat(users.encoder().matches(created.get("inspector"), hash)).isTrue();

            assertThat(users.addDemoUsers("demo")).isEmpty();
            assertThat(users.passwordHash("inspector")).contains(hash);
        }
    }
}
