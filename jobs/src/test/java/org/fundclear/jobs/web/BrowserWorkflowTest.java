package org.fundclear.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.fundclear.audit.casework.CaseStatus;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.access.Role;
import org.fundclear.jobs.cases.CaseService;
import org.fundclear.sql.DatabaseVendor;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A real browser walks one case through the whole procedure on the served console: the inspector claims it and
 * submits 初审, the reviewer agrees (复审), the investigator records the institution's appeal with a document (申诉)
 * and submits the investigation (调查核实), the supervisor confirms a deduction (违规处理). The next month's clearing
 * then carries that deduction on the settlement's clearing line, to the fen. Screenshots go to target/screenshots
 * (the README shows copies of them from docs/screenshots; a test never writes into the source tree).
 */
class BrowserWorkflowTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final BigDecimal DEDUCTION = new BigDecimal("12.34");

    @Test
    void aCaseWalksEveryStageInTheBrowserAndItsDeductionReachesTheNextClearing(@TempDir Path dir) throws Exception {
        try (ConsoleFixture console = ConsoleFixture.withAuditedMonth(DatabaseVendor.H2, dir);
             Browser browser = Browser.open(console.port())) {
            for (Role role : Set.of(Role.INSPECTOR, Role.REVIEWER, Role.INVESTIGATOR, Role.SUPERVISOR)) {
                console.user(role.name().toLowerCase(), Set.of(role), RegionScope.ALL, false);
            }
            long id = ConsolePagesTest.outsideGuangdong(console);
            CaseService cases = console.context.getBean(CaseService.class);
            var finding = cases.find(ConsolePagesTest.admin(), id).orElseThrow().findings().getFirst();
            String setlId = finding.setlIds().getFirst();

            browser.login("inspector", ConsoleFixture.password("inspector"));
            browser.go("/?month=" + ConsoleFixture.MONTH + "&sort=AMOUNT");
            assertThat(browser.text()).contains("疑点案件队列").contains("经办人工作量");
            var boxes = browser.driver.findElements(By.cssSelector("input[name=ids]"));
            for (int i = 0; i < 3; i++) {
                boxes.get(i).click(); // the largest amounts, never the walked case (a ¥137.00 rule case)
            }
            new Select(browser.find("select[name=action]")).selectByValue("CLAIM");
            browser.submit("fieldset.bulk button[type=submit]");
            assertThat(browser.text()).contains("认领：3 件已处理");
            browser.screenshot(SCREENSHOTS.resolve("queue.png"));
            long ring = console.dsl().fetchOne("SELECT MIN(id) FROM audit_case WHERE rule_ids LIKE '%M-RING%'")
                    .get(0, Long.class);
            browser.go("/cases/" + ring);
            assertThat(browser.text()).contains("团伙").contains("与本人同日同机构就诊天数").contains("同类对比");
            browser.screenshot(SCREENSHOTS.resolve("case-ring.png"));
            browser.go("/cases/" + id);
            act(browser, "CLAIM");
            act(browser, "SUBMIT_INITIAL");
            assertThat(status(cases, id)).isEqualTo(CaseStatus.SECOND_REVIEW);
            browser.logout();

            browser.login("reviewer", ConsoleFixture.password("reviewer"));
            browser.go("/cases/" + id);
            actClaimingFirst(browser, "AGREE_REVIEW");
            assertThat(status(cases, id)).isEqualTo(CaseStatus.APPEAL);
            browser.logout();

            browser.login("investigator", ConsoleFixture.password("investigator"));
            browser.go("/cases/" + id);
            Path appeal = Files.writeString(dir.resolve("申诉材料.txt"), "医院申诉：该处方符合诊疗规范。");
            claimIfAsked(browser, "RECORD_APPEAL");
            browser.find("#act-RECORD_APPEAL input[name=file]").sendKeys(appeal.toAbsolutePath().toString());
            act(browser, "RECORD_APPEAL");
            assertThat(status(cases, id)).isEqualTo(CaseStatus.INVESTIGATION);
            actClaimingFirst(browser, "SUBMIT_INVESTIGATION");
            assertThat(status(cases, id)).isEqualTo(CaseStatus.DISPOSITION);
            browser.logout();

            browser.login("supervisor", ConsoleFixture.password("supervisor"));
            browser.go("/cases/" + id);
            new Select(browser.find("#act-CONFIRM select[name=setlId]")).selectByValue(setlId);
            browser.find("#act-CONFIRM input[name=amount]").sendKeys(DEDUCTION.toPlainString());
            new Select(browser.find("#act-CONFIRM select[name=reasonCode]")).selectByValue("V09");
            act(browser, "CONFIRM");
            assertThat(status(cases, id)).isEqualTo(CaseStatus.CONFIRMED);
            assertThat(browser.text()).contains("12.34").contains("申诉材料.txt");
            browser.screenshot(SCREENSHOTS.resolve("case.png"));
            browser.go("/dashboard?month=" + ConsoleFixture.MONTH);
            assertThat(browser.text()).contains("各环节积压").contains(finding.ruleId());
            browser.screenshot(SCREENSHOTS.resolve("dashboard.png"));

            Record group = console.dsl().fetchOne("SELECT insu_admdvs, mdtrtarea_admdvs, insutype, med_type FROM settlement"
                    + " WHERE setl_id = ?", setlId);
            BigDecimal before = deductions(console, ConsoleFixture.NEXT.toString(), group);
            console.importAndClear(ConsoleFixture.NEXT);
            assertThat(before).isNull();
            assertThat(deductions(console, ConsoleFixture.NEXT.toString(), group)).isEqualByComparingTo(DEDUCTION);
        }
    }

    /** Submits the action's form with a comment and expects the page to say it was done. */
    private static void act(Browser browser, String action) {
        browser.find("#act-" + action + " input[name=comment]").sendKeys("浏览器测试：" + action);
        browser.submit("#act-" + action + " button[type=submit]");
        assertThat(browser.text()).as(action).contains("已完成");
    }

    private static void actClaimingFirst(Browser browser, String action) {
        claimIfAsked(browser, action);
        act(browser, action);
    }

    /** Claims the stage first where the workflow asks its worker to take the case before acting. */
    private static void claimIfAsked(Browser browser, String action) {
        if (browser.driver.findElements(By.cssSelector("#act-" + action)).isEmpty()
                && !browser.driver.findElements(By.cssSelector("#act-CLAIM")).isEmpty()) {
            act(browser, "CLAIM");
        }
    }

    private static CaseStatus status(CaseService cases, long id) {
        return cases.find(ConsolePagesTest.admin(), id).orElseThrow().row().status();
    }

    private static BigDecimal deductions(ConsoleFixture console, String month, Record group) {
        Record line = console.dsl().fetchOne("SELECT deduction_amt FROM clearing_line WHERE cycle_month = ? AND insu_admdvs = ?"
                + " AND mdtrtarea_admdvs = ? AND insutype = ? AND med_type = ?", month, group.get(0), group.get(1),
                group.get(2), group.get(3));
        return line == null ? null : line.get(0, BigDecimal.class);
    }
}
