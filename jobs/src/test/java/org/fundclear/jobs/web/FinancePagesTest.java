package org.fundclear.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundclear.sql.jooq.Tables.ADVANCE_FUND_MOVEMENT;
import static org.fundclear.sql.jooq.Tables.IMPORT_FILE;
import static org.fundclear.sql.jooq.Tables.IMPORT_REJECT;
import static org.fundclear.sql.jooq.Tables.RECONCILIATION;
import static org.fundclear.sql.jooq.Tables.TRANSFER_INSTRUCTION;
import static org.fundclear.sql.jooq.Tables.TRANSFER_RECEIPT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.access.Role;
import org.fundclear.clearing.cycle.PeriodStatus;
import org.fundclear.clearing.cycle.ClearingCycle;
import org.fundclear.generator.ScenarioGenerator;
import org.fundclear.jobs.finance.FinanceService;
import org.fundclear.generator.ScenarioRequest;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.jooq.tables.records.TransferInstructionRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The finance pages walk a generated month: uploads (a wrong encoding, a file that is not an input file), the clear
 * with its progress page, statements, confirmation and receipts in parts, with the refusals of each step, the region
 * scope of a FINANCE user and the roles and CSRF token that guard the actions.
 */
class FinancePagesTest {
    private static final String M = ConsoleFixture.MONTH.toString();

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void aMonthIsImportedClearedConfirmedAndPaidInPartsThroughThePages(DatabaseVendor vendor, @TempDir Path dir)
            throws Exception {
        Path input = dir.resolve("input");
        ScenarioGenerator.generate(new ScenarioRequest(ConsoleFixture.FIRST, 1, input, 300, 5));
        try (ConsoleFixture console = ConsoleFixture.start(vendor, dir)) {
            console.user("fin", Set.of(Role.FINANCE), RegionScope.ALL, false);
            console.user("gdfin", Set.of(Role.FINANCE), RegionScope.of("440000"), false);
            console.user("inspector", Set.of(Role.INSPECTOR), RegionScope.ALL, false);
            MockHttpSession fin = ConsoleSecurityTest.loggedIn(console, "fin", ConsoleFixture.password("fin"));
            MockHttpSession gd = ConsoleSecurityTest.loggedIn(console, "gdfin", ConsoleFixture.password("gdfin"));
            MockHttpSession inspector = ConsoleSecurityTest.loggedIn(console, "inspector",
                    ConsoleFixture.password("inspector"));
            Path monthDir = input.resolve(M);

            // guards: an inspector neither reads nor acts; no CSRF token, no action
            console.mvc.perform(get("/finance").session(inspector)).andExpect(status().isForbidden());
            console.mvc.perform(post("/finance/" + M + "/clear").session(inspector).with(csrf()))
                    .andExpect(status().isForbidden());
            console.mvc.perform(post("/finance/" + M + "/clear").session(fin)).andExpect(status().isForbidden());

            // an upload that is not an input file loads nothing, not even the good file beside it
            Path persons = monthDir.resolve("persons.csv");
            console.mvc.perform(upload("UTF-8", file(persons, Files.readAllBytes(persons)),
                    new MockMultipartFile("files", "notes.txt", "text/plain", "hello".getBytes())).session(fin));
            assertThat(body(console, fin, "/finance/" + M)).contains("不是规定的输入文件：[notes.txt]");
            assertThat(console.dsl().fetchCount(IMPORT_FILE)).isZero();

            // a file in GB18030 declared UTF-8: E16, nothing of it loaded
            byte[] gb = Files.readString(persons, StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030"));
            console.mvc.perform(upload("UTF-8", file(persons, gb)).session(fin));
            assertThat(body(console, fin, "/finance/" + M)).contains("整个文件被拒绝");
            assertThat(console.dsl().fetchValue(IMPORT_FILE.LOADED_COUNT)).isZero();
            assertThat(console.dsl().fetch(IMPORT_REJECT).getValues(IMPORT_REJECT.REASON_CODE)).containsExactly("E16");
            assertThat(body(console, fin, "/finance/" + M + "/rejects?code=E16")).contains("E16").contains("persons.csv");
            assertThat(body(console, fin, "/finance/" + M + "/rejects.csv")).startsWith("file_name,file_line")
                    .contains(",E16,");

            // the month's files, each accounted for
            List<MockMultipartFile> all;
            try (Stream<Path> files = Files.list(monthDir)) {
                all = files.filter(p -> p.toString().endsWith(".csv")).sorted().map(p -> file(p, read(p))).toList();
            }
            console.mvc.perform(upload("UTF-8", all.toArray(MockMultipartFile[]::new)).session(fin))
                    .andExpect(status().isFound());
            String imported = body(console, fin, "/finance/" + M);
            assertThat(imported).contains("已导入").contains("settlements");
            console.dsl().selectFrom(IMPORT_FILE).fetch().forEach(f -> assertThat(f.getRowCount())
                    .isEqualTo(f.getLoadedCount() + f.getRejectedCount() + f.getRepeatCount()));

            // clear in the background; the progress page shows the job's steps until the month is cleared
            console.mvc.perform(post("/finance/" + M + "/clear").session(fin).with(csrf())).andExpect(status().isFound());
            String progress = awaitCleared(console, fin);
            assertThat(progress).contains("advanceFund").contains("COMPLETED").contains("各参保地应付").contains("查看暂缓项目")
                    .doesNotContain("http-equiv=\"refresh\"");
            console.mvc.perform(post("/finance/" + M + "/clear").session(fin).with(csrf()));
            assertThat(body(console, fin, "/finance/" + M)).contains("is already CLEARED").contains("暂缓与预付金预警")
                    .contains("查看暂缓项目");
            String header = Files.readAllLines(monthDir.resolve("settlements-" + M + ".csv")).getFirst() + "\n";
            console.mvc.perform(upload("UTF-8", file(monthDir.resolve("settlements-late.csv"),
                    header.getBytes(StandardCharsets.UTF_8))).session(fin));
            assertThat(body(console, fin, "/finance/" + M)).contains("its files are final");

            assertThat(body(console, fin, "/finance/history")).contains("<td>import</td>")
                    .contains("settlements-" + M + ".csv").contains("<td>clear</td>").contains("<td>fin</td>");

            // statements: a region in scope downloads, one outside answers 404
            String insu = console.dsl().selectDistinct(org.fundclear.sql.jooq.Tables.CLEARING_LINE.INSU_ADMDVS)
                    .from(org.fundclear.sql.jooq.Tables.CLEARING_LINE)
                    .where(org.fundclear.sql.jooq.Tables.CLEARING_LINE.INSU_ADMDVS.notLike("44%")).limit(1).fetchOne()
                    .value1();
            byte[] xlsx = console.mvc.perform(get("/finance/" + M + "/statement/insured/" + insu).session(fin))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
            console.mvc.perform(get("/finance/" + M + "/statement/insured/" + insu).session(gd))
                    .andExpect(status().isNotFound());

            // the region analysis report with its chart and files; another region's clerk is refused
            assertThat(body(console, fin, "/finance/report?region=" + insu + "&period=" + M)).contains("流向汇总")
                    .contains("<svg").contains("就医去向");
            assertThat(body(console, gd, "/finance/report?region=" + insu + "&period=" + M))
                    .contains("no report of region " + insu).doesNotContain("流向汇总");
            byte[] zip = console.mvc.perform(get("/finance/report.zip").param("region", insu).param("period", M)
                    .session(fin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(zip, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

            // confirm; the Guangdong clerk sees only instructions that touch Guangdong
            console.mvc.perform(post("/finance/" + M + "/confirm").session(fin).with(csrf())).andExpect(status().isFound());
            List<TransferInstructionRecord> transfers = console.dsl().selectFrom(TRANSFER_INSTRUCTION).fetch();
            TransferInstructionRecord outside = transfers.stream().filter(t -> !t.getInsuAdmdvs().startsWith("44")
                    && !t.getMdtrtareaAdmdvs().startsWith("44")).findFirst().orElseThrow();
            String pair = outside.getInsuAdmdvs() + " → " + outside.getMdtrtareaAdmdvs();
            assertThat(body(console, fin, "/finance/" + M)).contains(outside.getInsuAdmdvs());
            assertThat(console.context.getBean(FinanceService.class).month(ConsoleFixture.MONTH, RegionScope.of("440000"))
                    .transfers()).isNotEmpty().allMatch(t -> t.insu().startsWith("44") || t.mdtrtarea().startsWith("44"));
            assertThat(body(console, gd, "/finance/" + M)).doesNotContain("省级轧差");
            assertThat(receipt(console, gd, outside, outside.getAmount().toPlainString()))
                    .contains("no transfer instruction " + pair);
            assertThat(console.dsl().fetchCount(TRANSFER_RECEIPT)).isZero();

            // a receipt above the amount is refused; a part, then the rest settles it
            assertThat(receipt(console, fin, outside, outside.getAmount().add(new java.math.BigDecimal("0.01"))
                    .toPlainString())).contains("is refused");
            assertThat(console.dsl().fetchCount(TRANSFER_RECEIPT)).isZero();
            java.math.BigDecimal part = outside.getAmount().divide(java.math.BigDecimal.TWO, 2, java.math.RoundingMode.DOWN);
            assertThat(receipt(console, fin, outside, part.toPlainString()))
                    .contains("尚欠 " + outside.getAmount().subtract(part).toPlainString());
            String last = "";
            for (TransferInstructionRecord t : transfers) {
                java.math.BigDecimal owed = t == outside ? t.getAmount().subtract(part) : t.getAmount();
                last = receipt(console, fin, t, owed.toPlainString());
            }
            assertThat(last).contains("全部划拨已到账");
            ClearingCycle cycle = console.context.getBean(ClearingCycle.class);
            assertThat(cycle.periods().status(console.dsl(), ConsoleFixture.MONTH)).isEqualTo(PeriodStatus.PAID);
            assertThat(console.dsl().fetchCount(TRANSFER_RECEIPT)).isEqualTo(transfers.size() + 1);
            assertThat(body(console, fin, "/finance")).contains("CONFIRMED → PAID").contains("fin");

            // advance fund: the receipts are on the ledger; a top-up goes into the month being prepared only
            assertThat(body(console, fin, "/finance/advance/" + insu)).contains("RECEIPT").contains("<svg");
            console.mvc.perform(get("/finance/advance/" + insu).session(gd)).andExpect(status().isNotFound());
            topUp(console, fin, insu, M, "1000.00");
            assertThat(body(console, fin, "/finance/advance/" + insu)).contains("is PAID; record the top-up");
            topUp(console, fin, insu, ConsoleFixture.NEXT.toString(), "1000.00");
            assertThat(body(console, fin, "/finance/advance/" + insu)).contains("预付金补足 1000.00").contains("TOP_UP");
            console.mvc.perform(post("/finance/advance/" + insu + "/top-up").session(inspector).with(csrf())
                    .param("month", ConsoleFixture.NEXT.toString()).param("amount", "1").param("reference", "x"))
                    .andExpect(status().isForbidden());
            assertThat(console.dsl().fetchCount(ADVANCE_FUND_MOVEMENT, ADVANCE_FUND_MOVEMENT.MOVEMENT_TYPE.eq("TOP_UP")))
                    .isEqualTo(1);

            // held items: a note per item, append-only; the Guangdong clerk cannot note an item outside Guangdong
            var held = console.dsl().selectFrom(RECONCILIATION).where(RECONCILIATION.INSU_ADMDVS.notLike("44%"))
                    .and(RECONCILIATION.MDTRTAREA_ADMDVS.notLike("44%")).limit(1).fetchOne();
            assertThat(held).as("the generated month holds settlements").isNotNull();
            console.mvc.perform(post("/finance/" + M + "/held/" + held.getSetlId() + "/note").session(gd).with(csrf())
                    .param("region", held.getInsuAdmdvs()).param("note", "请核实"));
            assertThat(body(console, gd, "/finance/" + M + "/held")).contains("is not held in");
            assertThat(body(console, gd, "/finance/" + M + "/held")).doesNotContain(held.getSetlId());
            console.mvc.perform(post("/finance/" + M + "/held/" + held.getSetlId() + "/note").session(fin).with(csrf())
                    .param("region", held.getInsuAdmdvs()).param("note", "请参保地补传台账"));
            assertThat(body(console, fin, "/finance/" + M + "/held?status=" + held.getStatus())).contains(held.getSetlId())
                    .contains("fin 问 " + held.getInsuAdmdvs() + "：请参保地补传台账");
            assertThat(body(console, fin, "/finance/" + M + "/held.csv")).startsWith("setl_id,")
                    .contains(held.getSetlId() + ",");
        }
    }

    private static MockMultipartHttpServletRequestBuilder upload(String encoding, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/finance/" + M + "/import");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        request.param("encoding", encoding).with(csrf());
        return request;
    }

    private static MockMultipartFile file(Path p, byte[] bytes) {
        return new MockMultipartFile("files", p.getFileName().toString(), "text/csv", bytes);
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void topUp(ConsoleFixture console, MockHttpSession session, String region, String month,
                              String amount) throws Exception {
        console.mvc.perform(post("/finance/advance/" + region + "/top-up").session(session).with(csrf())
                .param("month", month).param("amount", amount).param("reference", "TOPUP-1"))
                .andExpect(status().isFound());
    }

    /** Posts a receipt and returns the page it leads to (which shows, and so consumes, its message). */
    private static String receipt(ConsoleFixture console, MockHttpSession session, TransferInstructionRecord t,
                                  String amount) throws Exception {
        console.mvc.perform(post("/finance/" + M + "/receipt").session(session).with(csrf())
                .param("insu", t.getInsuAdmdvs()).param("mdtrtarea", t.getMdtrtareaAdmdvs()).param("amount", amount)
                .param("reference", "BANK-" + t.getInsuAdmdvs())).andExpect(status().isFound());
        return body(console, session, "/finance/" + M);
    }

    private static String awaitCleared(ConsoleFixture console, MockHttpSession session) throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(5));
        String page = body(console, session, "/finance/" + M + "/clear");
        assertThat(page).contains("清算");
        while (page.contains("http-equiv=\"refresh\"") && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            page = body(console, session, "/finance/" + M + "/clear");
        }
        return page;
    }

    static String body(ConsoleFixture console, MockHttpSession session, String url) throws Exception {
        return console.mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
