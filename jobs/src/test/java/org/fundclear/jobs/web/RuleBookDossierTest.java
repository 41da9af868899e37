package org.fundclear.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.AUDIT_CASE;
import static org.fundclear.sql.jooq.Tables.AUDIT_FINDING;
import static org.fundclear.sql.jooq.Tables.AUDIT_RUN;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.Set;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.access.Role;
import org.fundclear.sql.DatabaseVendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpSession;

/** A month audited by the application is audited with rule-book version 1, and a case's dossier names and links it. */
class RuleBookDossierTest {

    @Test
    void theDossierNamesTheRuleBookVersionOfEachFinding(@TempDir Path dir) throws Exception {
        try (ConsoleFixture console = ConsoleFixture.withAuditedMonth(DatabaseVendor.H2, dir)) {
            String version = console.dsl().select(AUDIT_RUN.RULE_SET_VERSION).from(AUDIT_RUN).fetchSingle().value1();
            assertThat(version).matches("RB1/RS-[0-9a-f]{12}");
            Long ruleCase = console.dsl().select(AUDIT_CASE.ID).from(AUDIT_CASE).join(AUDIT_FINDING)
                    .on(AUDIT_FINDING.CYCLE_MONTH.eq(AUDIT_CASE.CYCLE_MONTH), AUDIT_FINDING.SUBJECT_ID.eq(AUDIT_CASE.SUBJECT_ID),
                            AUDIT_FINDING.SUBJECT_TYPE.eq(AUDIT_CASE.SUBJECT_TYPE))
                    .where(AUDIT_FINDING.RULE_ID.like("R%")).orderBy(AUDIT_CASE.ID).limit(1).fetchSingle().value1();
            console.user("all", Set.of(Role.INSPECTOR), RegionScope.ALL, true);
            MockHttpSession all = ConsoleSecurityTest.loggedIn(console, "all", ConsoleFixture.password("all"));
            console.mvc.perform(get("/cases/" + ruleCase).session(all)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"/rules?version=1\"")))
                    .andExpect(content().string(containsString(version)));
        }
    }
}
