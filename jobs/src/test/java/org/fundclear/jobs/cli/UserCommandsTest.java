package org.fundclear.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.fundclear.sql.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** ./fundclear user: the password comes from standard input only, is hashed with bcrypt, and the list is aligned. */
class UserCommandsTest {

    @Test
    void addListDisableAndResetThroughTheCommandLine() {
        try (TestDatabase db = TestDatabase.h2()) {
            String url = db.url();
            assertThat(CliRun.of("a-long-password-1\n", "user", "add", "gd.inspector", "--role", "INSPECTOR", "--region",
                    "440000", "--db", url).code()).isZero();
            assertThat(CliRun.of("another-password-2\n", "user", "add", "supervisor", "--role", "SUPERVISOR", "--role",
                    "REVIEWER", "--unmask", "--db", url).code()).isZero();

            CliRun tooShort = CliRun.of("short\n", "user", "add", "x1", "--role", "ADMIN", "--db", url);
            assertThat(tooShort.code()).isEqualTo(2);
            assertThat(tooShort.err()).contains("at least 10 characters").doesNotContain("Exception");
            assertThat(CliRun.of("", "user", "add", "x2", "--role", "ADMIN", "--db", url).code()).as("no password given").isEqualTo(2);
            assertThat(CliRun.of("a-long-password-1\n", "user", "add", "x3", "--role", "NOBODY", "--db", url).code()).isEqualTo(2);
            assertThat(CliRun.of("a-long-password-1\n", "user", "add", "gd.inspector", "--role", "ADMIN", "--db", url).code())
                    .as("a taken name").isEqualTo(1);

            String hash = db.dsl().fetchOne("SELECT password_hash FROM console_user WHERE user_name = 'gd.inspector'")
                    .get(0, String.class);
            assertThat(hash).startsWith("{bcrypt}").doesNotContain("a-long-password-1");
            assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("a-long-password-1", hash)).isTrue();

            assertThat(CliRun.of("", "user", "disable", "gd.inspector", "--user", "admin", "--db", url).code()).isZero();
            assertThat(CliRun.of("new-password-333\n", "user", "reset-password", "supervisor", "--db", url).code()).isZero();
            assertThat(CliRun.of("new-password-333\n", "user", "reset-password", "nobody", "--db", url).code()).isEqualTo(2);

            var lines = CliRun.of("", "user", "list", "--db", url).out().lines().toList();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(1)).contains("gd.inspector").contains("440000").contains("disabled");
            assertThat(lines.get(2)).contains("REVIEWER,SUPERVISOR").contains("all").contains("yes").contains("active");
            int regionsColumn = lines.get(0).indexOf("regions");
            assertThat(lines.get(1).indexOf("440000")).as("aligned columns").isEqualTo(regionsColumn);
            assertThat(lines.get(2).indexOf(" all ") + 1).isEqualTo(regionsColumn);
            assertThat(db.dsl().fetchOne("SELECT COUNT(*) FROM console_user_event WHERE event_type IN "
                    + "('ADDED', 'DISABLED', 'PASSWORD_RESET')").get(0, Integer.class)).isEqualTo(4);
        }
    }
}
