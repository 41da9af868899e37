package org.fundclear.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundclear.audit.casework.Actor;
import org.fundclear.audit.casework.CaseStatus;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.access.Role;
import org.fundclear.jobs.cases.CaseService;
import org.fundclear.sql.DatabaseVendor;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpSession;

/**
 * The console's pages over a generated, audited month: region scope by URL, role refusals, and that no page an
 * inspector without the unmask right can reach shows a full ID number or name.
 */
class ConsolePagesTest {
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"]*)\"");

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void aGuangdongUserCannotOpenAYunnanCaseAndAnAuditorCannotAct(DatabaseVendor vendor, @TempDir Path dir)
            throws Exception {
        try (ConsoleFixture console = ConsoleFixture.withAuditedMonth(vendor, dir)) {
            console.user("gd", Set.of(Role.INSPECTOR), RegionScope.of("440000"), false);
            console.user("all", Set.of(Role.INSPECTOR), RegionScope.ALL, false);
            console.user("auditor", Set.of(Role.AUDITOR), RegionScope.ALL, false);
            long yunnan = outsideGuangdong(console);
            MockHttpSession gd = ConsoleSecurityTest.loggedIn(console, "gd", ConsoleFixture.password("gd"));
            MockHttpSession all = ConsoleSecurityTest.loggedIn(console, "all", ConsoleFixture.password("all"));
            MockHttpSession auditor = ConsoleSecurityTest.loggedIn(console, "auditor", ConsoleFixture.password("auditor"));

            console.mvc.perform(get("/cases/" + yunnan).session(all)).andExpect(status().isOk());
            console.mvc.perform(get("/cases/" + yunnan).session(gd)).andExpect(status().isNotFound());
            console.mvc.perform(post("/cases/" + yunnan + "/act").session(gd).with(csrf())
                    .param("action", "CLAIM").param("version", "0")).andExpect(status().isNotFound());
            String gdQueue = console.mvc.perform(get("/").session(gd).param("month", ConsoleFixture.MONTH.toString()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(gdQueue).doesNotContain("href=\"/cases/" + yunnan + "\"");

            console.mvc.perform(post("/cases/" + yunnan + "/act").session(auditor).with(csrf())
                    .param("action", "CLAIM").param("version", "0")).andExpect(status().isForbidden());
            console.mvc.perform(post("/cases/bulk").session(auditor).with(csrf())
                    .param("claim", String.valueOf(yunnan))).andExpect(status().isForbidden());
            assertThat(console.context.getBean(CaseService.class).find(admin(), yunnan).orElseThrow().row().status())
                    .isEqualTo(CaseStatus.NEW);
        }
    }

    @Test
    void refusalsAndConflictsAreMessagesThatChangeNothing(@TempDir Path dir) throws Exception {
        try (ConsoleFixture console = ConsoleFixture.withAuditedMonth(DatabaseVendor.H2, dir)) {
            console.user("reviewer", Set.of(Role.REVIEWER), RegionScope.ALL, false);
            console.user("inspector", Set.of(Role.INSPECTOR), RegionScope.ALL, false);
            CaseService cases = console.context.getBean(CaseService.class);
            long id = outsideGuangdong(console);
            MockHttpSession reviewer = ConsoleSecurityTest.loggedIn(console, "reviewer", ConsoleFixture.password("reviewer"));
            long version = cases.find(admin(), id).orElseThrow().row().version();
            console.mvc.perform(post("/cases/" + id + "/act").session(reviewer).with(csrf())
                    .param("action", "CLAIM").param("version", String.valueOf(version))).andExpect(status().isFound());
            assertThat(body(console, reviewer, "/cases/" + id)).contains("认领未执行").doesNotContain("Exception");
            assertThat(cases.find(admin(), id).orElseThrow().row().status()).isEqualTo(CaseStatus.NEW);

            MockHttpSession inspector = ConsoleSecurityTest.loggedIn(console, "inspector", ConsoleFixture.password("inspector"));
            console.mvc.perform(post("/cases/" + id + "/act").session(inspector).with(csrf())
                    .param("action", "CLAIM").param("version", String.valueOf(version))).andExpect(status().isFound());
            assertThat(body(console, inspector, "/cases/" + id)).contains("认领：已完成");
            // the page the inspector loaded before the claim: its version is stale now
            console.mvc.perform(post("/cases/" + id + "/act").session(inspector).with(csrf())
                    .param("action", "SUBMIT_INITIAL").param("version", String.valueOf(version))
                    .param("comment", "初审意见")).andExpect(status().isFound());
            assertThat(body(console, inspector, "/cases/" + id)).contains("案件已被他人修改").doesNotContain("Exception");
            assertThat(cases.find(admin(), id).orElseThrow().row().status()).isEqualTo(CaseStatus.INITIAL_REVIEW);
        }
    }

    @Test
    void noPageAnInspectorCanReachShowsAFullIdNumberNameOrInsuranceNumber(@TempDir Path dir) throws Exception {
        try (ConsoleFixture console = ConsoleFixture.withAuditedMonth(DatabaseVendor.H2, dir)) {
            console.user("inspector", Set.of(Role.INSPECTOR), RegionScope.ALL, false);
            console.user("unmasker", Set.of(Role.SUPERVISOR), RegionScope.ALL, true);
            List<Record2<String, String>> people = console.dsl().resultQuery(
                    "SELECT certno, psn_name FROM person WHERE certno IS NOT NULL AND psn_name IS NOT NULL")
                    .coerce(org.jooq.impl.DSL.field("certno", String.class), org.jooq.impl.DSL.field("psn_name", String.class))
                    .fetch();
            assertThat(people).isNotEmpty();
            Set<String> secrets = new HashSet<>();
            people.forEach(p -> {
                secrets.add(p.value1());
                secrets.add(p.value2());
            });
            secrets.addAll(console.dsl().fetch("SELECT DISTINCT subject_id FROM audit_case WHERE subject_type = 'PERSON'")
                    .getValues(0, String.class));
            assertThat(secrets).allMatch(s -> s.length() >= 2);

            MockHttpSession inspector = ConsoleSecurityTest.loggedIn(console, "inspector", ConsoleFixture.password("inspector"));
            Set<String> seen = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of("/", "/?month=" + ConsoleFixture.MONTH, "/dashboard"));
            int casePages = 0;
            while (!todo.isEmpty() && seen.size() < 400) {
                String url = todo.poll();
                if (!seen.add(url)) {
                    continue;
                }
                String html = body(console, inspector, url);
                for (String secret : secrets) {
                    assertThat(html).as("page %s shows personal data", url).doesNotContain(secret);
                }
                casePages += url.startsWith("/cases/") ? 1 : 0;
                Matcher m = HREF.matcher(html);
                while (m.find()) {
                    String link = m.group(1).replace("&amp;", "&");
                    if (!link.startsWith("/logout") && !link.endsWith(".css") && !link.startsWith("/queue.xlsx")) {
                        todo.add(link);
                    }
                }
            }
            assertThat(casePages).as("case pages crawled").isGreaterThan(20);

            byte[] xlsx = console.mvc.perform(get("/queue.xlsx").session(inspector).param("month", ConsoleFixture.MONTH.toString()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            long queued = console.context.getBean(CaseService.class).queue(admin(),
                    org.fundclear.audit.casework.CaseQuery.month(ConsoleFixture.MONTH.toString())).total();
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                var sheet = workbook.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).as("one row per case of the month").isEqualTo((int) queued);
                for (var row : sheet) {
                    for (var cell : row) {
                        String value = new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell);
                        assertThat(secrets).as("the export shows personal data").doesNotContain(value);
                    }
                }
            }

            // the same check finds the data where it is shown: a user with the right asks for it on a person's case
            long person = firstPersonCase(console);
            String psn = console.context.getBean(CaseService.class).find(admin(), person).orElseThrow().row().subjectId();
            String certno = console.dsl().fetchOne("SELECT certno FROM person WHERE psn_no = ?", psn).get(0, String.class);
            MockHttpSession unmasker = ConsoleSecurityTest.loggedIn(console, "unmasker", ConsoleFixture.password("unmasker"));
            assertThat(body(console, unmasker, "/cases/" + person)).doesNotContain(certno);
            String shown = console.mvc.perform(post("/cases/" + person + "/unmask").session(unmasker).with(csrf()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(shown).contains(certno);
            console.mvc.perform(post("/cases/" + person + "/unmask").session(inspector).with(csrf()))
                    .andExpect(status().isForbidden());

            Path log = dir.resolve("console.log");
            assertThat(log).exists();
            String logged = java.nio.file.Files.readString(log, StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertThat(logged).as("the console's log shows personal data").doesNotContain(secret);
            }
        }
    }

    static String body(ConsoleFixture console, MockHttpSession session, String url) throws Exception {
        return console.mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static Actor admin() {
        return new Actor("test-admin", Set.of(Role.values()), RegionScope.ALL, true);
    }

    /** A person's case of the month whose person is neither insured nor treated in Guangdong (44). */
    static long outsideGuangdong(ConsoleFixture console) {
        return console.dsl().fetchOne("SELECT MIN(c.id) FROM audit_case c JOIN person p ON p.psn_no = c.subject_id"
                + " WHERE c.subject_type = 'PERSON' AND c.cycle_month = ? AND p.insu_admdvs NOT LIKE '44%'"
                + " AND NOT EXISTS (SELECT 1 FROM settlement s WHERE s.psn_no = c.subject_id AND s.cycle_month = c.cycle_month"
                + " AND (s.insu_admdvs LIKE '44%' OR s.mdtrtarea_admdvs LIKE '44%'))", ConsoleFixture.MONTH.toString())
                .get(0, Long.class);
    }

    static long firstPersonCase(ConsoleFixture console) {
        return console.dsl().fetchOne("SELECT MIN(c.id) FROM audit_case c JOIN person p ON p.psn_no = c.subject_id"
                + " WHERE c.subject_type = 'PERSON' AND p.certno IS NOT NULL").get(0, Long.class);
    }
}
