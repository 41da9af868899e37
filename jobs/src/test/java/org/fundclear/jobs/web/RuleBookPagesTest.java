package org.fundclear.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.AUDIT_RUN;
import static org.fundclear.sql.jooq.Tables.RULE_BOOK_EVENT;
import static org.fundclear.sql.jooq.Tables.RULE_BOOK_VERSION;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.access.Role;
import org.fundclear.sql.DatabaseVendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 规则库 page: everyone reads it, only an ADMIN changes a value (with the CSRF token), bad values come back as a
 * message and change nothing, a good one appends version 2 and its event.
 */
class RuleBookPagesTest {

    @Test
    void onlyAnAdminChangesAValueAndBadValuesAreRefusedWithAReason(@TempDir Path dir) throws Exception {
        try (ConsoleFixture console = ConsoleFixture.start(DatabaseVendor.H2, dir)) {
            console.user("admin", Set.of(Role.ADMIN), RegionScope.ALL, false);
            console.user("inspector", Set.of(Role.INSPECTOR), RegionScope.ALL, false);
            console.user("supervisor", Set.of(Role.SUPERVISOR), RegionScope.ALL, false);
            console.user("fin", Set.of(Role.FINANCE), RegionScope.ALL, false);
            MockHttpSession admin = ConsoleSecurityTest.loggedIn(console, "admin", ConsoleFixture.password("admin"));
            MockHttpSession inspector = ConsoleSecurityTest.loggedIn(console, "inspector", ConsoleFixture.password("inspector"));

            console.mvc.perform(get("/rules")).andExpect(redirectedUrl("/login"));
            console.mvc.perform(get("/rules").session(inspector)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("RB1")))
                    .andExpect(content().string(containsString("月门诊次数上限")))
                    .andExpect(content().string(not(containsString("保存为新版本"))));
            console.mvc.perform(get("/rules").session(admin)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("保存为新版本")));

            for (String user : new String[] {"inspector", "supervisor", "fin"}) {
                MockHttpSession session = ConsoleSecurityTest.loggedIn(console, user, ConsoleFixture.password(user));
                console.mvc.perform(change(session, "R02.max_visits", "", "10", "2027-01-01").with(csrf()))
                        .andExpect(status().isForbidden());
            }
            // no CSRF token
            console.mvc.perform(change(admin, "R02.max_visits", "", "10", "2027-01-01")).andExpect(status().isForbidden());

            refused(console, admin, "R02.max_visits", "", "-5", "2027-01-01", "1 至 100000 的整数");
            refused(console, admin, "R26.min_amount", "", "-3000", "2027-01-01", "正数");
            refused(console, admin, "R14.daily_limit", "NOSUCHCODE", "2", "2027-01-01", "未知项目编码「NOSUCHCODE」");
            refused(console, admin, "R02.max_visits", "", "10", "2027-01-15", "1 日");
            refused(console, admin, "R02.max_visits", "", "10", "2027-13-01", "YYYY-MM-DD");
            refused(console, admin, "R02.max_visits", "", "10", "2027-01-01", "原因", "");
            // an audited month keeps the version it was audited with
            console.dsl().insertInto(AUDIT_RUN).set(AUDIT_RUN.ID, 900L).set(AUDIT_RUN.CYCLE_MONTH, "2027-01")
                    .set(AUDIT_RUN.RULE_SET_VERSION, "RB1/RS-test").set(AUDIT_RUN.STARTED_AT, LocalDateTime.now()).execute();
            refused(console, admin, "R02.max_visits", "", "10", "2027-01-01", "已稽核月份 2027-01");
            assertThat(console.dsl().fetchCount(RULE_BOOK_VERSION)).isEqualTo(1);
            assertThat(console.dsl().fetchCount(RULE_BOOK_EVENT)).isZero();

            console.mvc.perform(change(admin, "R02.max_visits", "", "10", "2027-02-01").with(csrf()))
                    .andExpect(redirectedUrl("/rules"))
                    .andExpect(flash().attribute("message", containsString("RB2")));
            assertThat(console.dsl().fetchCount(RULE_BOOK_VERSION)).isEqualTo(2);
            assertThat(console.dsl().select(RULE_BOOK_EVENT.CHANGED_BY, RULE_BOOK_EVENT.OLD_VALUE, RULE_BOOK_EVENT.NEW_VALUE)
                    .from(RULE_BOOK_EVENT).fetchSingle().intoList()).containsExactly("admin", "15", "10");
            console.mvc.perform(get("/rules").session(inspector)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("15 → 10")))
                    .andExpect(content().string(containsString("省局通知")));
        }
    }

    private static MockHttpServletRequestBuilder change(MockHttpSession session, String parameter, String entryKey,
                                                        String value, String from) {
        return change(session, parameter, entryKey, value, from, "省局通知");
    }

    private static MockHttpServletRequestBuilder change(MockHttpSession session, String parameter, String entryKey,
                                                        String value, String from, String reason) {
        return post("/rules/change").session(session).param("parameter", parameter).param("entryKey", entryKey)
                .param("value", value).param("effectiveFrom", from).param("reason", reason);
    }

    private static void refused(ConsoleFixture console, MockHttpSession admin, String parameter, String entryKey,
                                String value, String from, String why) throws Exception {
        refused(console, admin, parameter, entryKey, value, from, why, "省局通知");
    }

    private static void refused(ConsoleFixture console, MockHttpSession admin, String parameter, String entryKey,
                                String value, String from, String why, String reason) throws Exception {
        console.mvc.perform(change(admin, parameter, entryKey, value, from, reason).with(csrf()))
                .andExpect(redirectedUrl("/rules"))
                .andExpect(flash().attribute("error", containsString(why)));
    }
}
