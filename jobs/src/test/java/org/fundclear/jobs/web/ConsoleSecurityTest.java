package org.fundclear.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.Set;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.access.Role;
import org.fundclear.jobs.users.UserService;
import org.fundclear.sql.DatabaseVendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** The console's login and its defences, through the real application and Spring Security's filter chain. */
class ConsoleSecurityTest {

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOneAndAcrossARestart(DatabaseVendor vendor, @TempDir Path dir)
            throws Exception {
        try (ConsoleFixture console = ConsoleFixture.start(vendor, dir)) {
            console.user("inspector", Set.of(Role.INSPECTOR), RegionScope.ALL, false);
            for (int i = 0; i < 4; i++) {
                console.mvc.perform(formLogin("/login").user("inspector").password("wrong-password-" + i))
                        .andExpect(redirectedUrl("/login?error"));
            }
            assertThat(loggedIn(console, "inspector", ConsoleFixture.password("inspector")))
                    .as("the 5th attempt, right: the count starts again").isNotNull();
            for (int i = 0; i < 5; i++) {
                console.mvc.perform(formLogin("/login").user("inspector").password("wrong-password-" + i))
                        .andExpect(redirectedUrl("/login?error"));
            }
            assertThat(loggedIn(console, "inspector", ConsoleFixture.password("inspector")))
                    .as("6th attempt with the right password while locked").isNull();
            UserService users = console.context.getBean(UserService.class);
            assertThat(users.locked(users.find("inspector").orElseThrow())).isTrue();
        }
    }

    @Test
    void theLockIsInTheDatabaseAndHoldsForANewProcessReadingIt(@TempDir Path dir) throws Exception {
        try (ConsoleFixture console = ConsoleFixture.start(DatabaseVendor.H2, dir)) {
            console.user("reviewer", Set.of(Role.REVIEWER), RegionScope.ALL, false);
            UserService users = console.context.getBean(UserService.class);
            for (int i = 0; i < 5; i++) {
                users.loginFailed("reviewer");
            }
            // what another console process would read: the stored row, not this one's memory
            assertThat(console.dsl().fetchValue("SELECT locked_until FROM console_user WHERE user_name = 'reviewer'"))
                    .isNotNull();
            assertThat(loggedIn(console, "reviewer", ConsoleFixture.password("reviewer"))).isNull();
            users.resetPassword("reviewer", "a-new-password-42", "admin");
            assertThat(loggedIn(console, "reviewer", "a-new-password-42")).as("a reset lifts the lock").isNotNull();
        }
    }

    @Test
    void disabledUsersCannotLogIn(@TempDir Path dir) throws Exception {
        try (ConsoleFixture console = ConsoleFixture.start(DatabaseVendor.H2, dir)) {
            console.user("auditor", Set.of(Role.AUDITOR), RegionScope.ALL, false);
            assertThat(loggedIn(console, "auditor", ConsoleFixture.password("auditor"))).isNotNull();
            console.context.getBean(UserService.class).disable("auditor", "admin");
            assertThat(loggedIn(console, "auditor", ConsoleFixture.password("auditor"))).isNull();
        }
    }

    @Test
    void pagesNeedALoginFormsNeedTheCsrfTokenAndResponsesCarryTheSecurityHeaders(@TempDir Path dir) throws Exception {
        try (ConsoleFixture console = ConsoleFixture.start(DatabaseVendor.H2, dir)) {
            console.user("admin", Set.of(Role.ADMIN), RegionScope.ALL, false);
            for (String page : new String[] {"/", "/dashboard", "/cases/1", "/queue.xlsx", "/users"}) {
                console.mvc.perform(get(page)).andExpect(status().isFound())
                        .andExpect(redirectedUrl("/login"));
            }
            console.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
            console.mvc.perform(get("/login")).andExpect(status().isOk())
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Content-Security-Policy",
                            org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("Referrer-Policy", "same-origin"));

            MockHttpSession session = loggedIn(console, "admin", ConsoleFixture.password("admin"));
            assertThat(session).isNotNull();
            console.mvc.perform(post("/queue/default").session(session).param("month", "2026-09"))
                    .andExpect(status().isForbidden());
            console.mvc.perform(post("/login").param("username", "admin")
                    .param("password", ConsoleFixture.password("admin"))).andExpect(status().isForbidden());
            console.mvc.perform(post("/queue/default").session(session).with(csrf()).param("month", "2026-09"))
                    .andExpect(status().isFound());
            assertThat(console.context.getBean(UserService.class).queueFilter("admin")).contains("month=2026-09&sort=PRIORITY");
            console.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/?month=2026-09&sort=PRIORITY"));
        }
    }

    /** Logs in through the form; the session when it worked, null when the login was refused. */
    static MockHttpSession loggedIn(ConsoleFixture console, String user, String password) throws Exception {
        MvcResult result = console.mvc.perform(formLogin("/login").user(user).password(password)).andReturn();
        String target = result.getResponse().getRedirectedUrl();
        return target != null && !target.contains("/login") ? (MockHttpSession) result.getRequest().getSession(false) : null;
    }
}
