package org.fundclear.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.access.Role;
import org.fundclear.sql.DatabaseVendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;

/** An ADMIN lowers R02's threshold from February in a real browser; screenshots to target/screenshots. */
class RuleBookBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Test
    void anAdminChangesAThresholdAndSeesTheNewVersion(@TempDir Path dir) throws Exception {
        try (ConsoleFixture console = ConsoleFixture.start(DatabaseVendor.H2, dir);
             Browser browser = Browser.open(console.port())) {
            console.user("admin", Set.of(Role.ADMIN), RegionScope.ALL, false);
            browser.login("admin", ConsoleFixture.password("admin"));
            browser.go("/rules");
            assertThat(browser.text()).contains("规则库").contains("RB1").contains("月门诊次数上限");

            fill(browser, "R02.max_visits", "-1", "2027-02-01", "省局通知：月门诊频次阈值下调");
            assertThat(browser.text()).contains("未修改").contains("1 至 100000 的整数");

            fill(browser, "R02.max_visits", "10", "2027-02-01", "省局通知：月门诊频次阈值下调");
            assertThat(browser.text()).contains("已生成规则库版本 RB2").contains("15 → 10");
            browser.screenshot(SCREENSHOTS.resolve("rules.png"));
        }
    }

    private static void fill(Browser browser, String parameter, String value, String from, String reason) {
        new Select(browser.find("select[name=parameter]")).selectByValue(parameter);
        browser.find("input[name=value]").sendKeys(value);
        // a date input takes its value in the browser's locale when typed: set it as the form sends it
        browser.driver.executeScript("document.querySelector('input[name=effectiveFrom]').value = arguments[0]", from);
        browser.find("input[name=reason]").sendKeys(reason);
        browser.submit("form[action$='/rules/change'] button[type=submit]");
    }
}
