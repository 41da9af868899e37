package org.fundclear.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.TRANSFER_RECEIPT;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.access.Role;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.clearing.cycle.PeriodStatus;
import org.fundclear.generator.ScenarioGenerator;
import org.fundclear.generator.ScenarioRequest;
import org.fundclear.sql.DatabaseVendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A finance clerk walks a month in a real browser: uploads the month's files, clears it (the progress page), downloads
 * a statement, confirms, records a receipt in two parts and the others in full, and the month is PAID. Screenshots go
 * to target/screenshots.
 */
class FinanceBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Test
    void aClerkWalksAMonthFromUploadToPaid(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("input");
        ScenarioGenerator.generate(new ScenarioRequest(ConsoleFixture.FIRST, 1, input, 300, 5));
        String m = ConsoleFixture.MONTH.toString();
        try (ConsoleFixture console = ConsoleFixture.start(DatabaseVendor.H2, dir);
             Browser browser = Browser.open(console.port())) {
            console.user("fin", Set.of(Role.FINANCE), RegionScope.ALL, false);
            browser.login("fin", ConsoleFixture.password("fin"));
            browser.go("/finance/go?month=" + m);
            String files;
            try (Stream<Path> list = Files.list(input.resolve(m))) {
                files = list.filter(p -> p.toString().endsWith(".csv")).map(p -> p.toAbsolutePath().toString())
                        .collect(Collectors.joining("\n"));
            }
            browser.find("input[type=file][name=files]").sendKeys(files);
            clickAndWait(browser, browser.find("form[enctype] button[type=submit]"));
            assertThat(browser.text()).contains("settlements-" + m + ".csv 已导入");

            clickAndWait(browser, browser.find("form[action$='/clear'] button"));
            Instant until = Instant.now().plus(Duration.ofMinutes(5));
            while (!browser.text().contains("已结束") && Instant.now().isBefore(until)) {
                Thread.sleep(500);
            }
            assertThat(browser.text()).contains("作业执行").contains("advanceFund").contains("清算结果：各参保地应付");
            browser.screenshot(SCREENSHOTS.resolve("finance-clear.png"));

            browser.go("/finance/" + m);
            String href = browser.find("a[href*='/statement/insured/']").getAttribute("href");
            String cookie = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");

            clickAndWait(browser, browser.find("form[action$='/confirm'] button"));
            assertThat(browser.text()).contains("已下达");
            WebElement amount = browser.find("form[action$='/receipt'] input[name=amount]");
            BigDecimal owed = new BigDecimal(amount.getAttribute("value"));
            BigDecimal part = owed.divide(BigDecimal.TWO, 2, java.math.RoundingMode.DOWN);
            amount.clear();
            amount.sendKeys(part.toPlainString());
            clickAndWait(browser, browser.find("form[action$='/receipt'] button"));
            assertThat(browser.text()).contains("尚欠 " + owed.subtract(part).toPlainString());
            browser.screenshot(SCREENSHOTS.resolve("finance-month-partial.png"));
            int receipts = 1;
            while (!browser.driver.findElements(By.cssSelector("form[action$='/receipt']")).isEmpty()) {
                clickAndWait(browser, browser.find("form[action$='/receipt'] button"));
                receipts++;
            }
            assertThat(browser.text()).contains("全部划拨已到账").contains("PAID");
            assertThat(console.context.getBean(ClearingCycle.class).periods().status(console.dsl(),
                    ConsoleFixture.MONTH)).isEqualTo(PeriodStatus.PAID);
            assertThat(console.dsl().fetchCount(TRANSFER_RECEIPT)).isEqualTo(receipts);

            browser.go("/finance/advance");
            browser.find("table.grid a").click();
            assertThat(browser.text()).contains("各月使用率").contains("RECEIPT");
            browser.screenshot(SCREENSHOTS.resolve("finance-advance.png"));
            browser.go("/finance");
            assertThat(browser.text()).contains("CONFIRMED → PAID");
            browser.screenshot(SCREENSHOTS.resolve("finance-months.png"));

            String insu = href.replaceAll(".*/statement/insured/(\\d{6}).*", "$1");
            browser.go("/finance/report?region=" + insu + "&period=" + m);
            assertThat(browser.find("svg[aria-label='destinations']").getSize().getHeight())
                    .as("the report's destinations chart is drawn").isGreaterThan(20);
            browser.screenshot(SCREENSHOTS.resolve("finance-report.png"));
        }
    }

    /** Clicks a submit button and waits until its page has been replaced (chromium may report the old node oddly). */
    private static void clickAndWait(Browser browser, WebElement button) {
        button.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }
}
