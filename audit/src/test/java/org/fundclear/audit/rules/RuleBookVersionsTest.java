package org.fundclear.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fundclear.audit.rules.RuleMonth.oct;
import static org.fundclear.sql.jooq.Tables.AUDIT_FINDING;
import static org.fundclear.sql.jooq.Tables.AUDIT_RUN;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.fundclear.audit.AuditEngine;
import org.fundclear.audit.casework.StageDeadlines;
import org.fundclear.audit.rulebook.RuleBook;
import org.fundclear.audit.rulebook.RuleBookEvent;
import org.fundclear.audit.rulebook.RuleBookVersion;
import org.fundclear.audit.rulebook.RuleChange;
import org.fundclear.audit.rulebook.RuleChangeRefused;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.DatabaseVendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule book (V81): version 1 holds the rules' former thresholds; a change appends a version in force from its
 * month; a month is audited with the version in force on its first day, and its findings name it; bad changes are
 * refused with a reason; nothing is ever overwritten.
 */
class RuleBookVersionsTest {
    private static final CycleMonth NOVEMBER = new CycleMonth(YearMonth.of(2026, 11));
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 6, 22, 0);

    @Test
    void versionOneIsTheFormerLibrary() {
        try (RuleMonth month = new RuleMonth()) {
            RuleSet fromBook = new RuleBook().forMonth(month.dsl(), RuleMonth.MONTH);
            assertThat(fromBook.definition()).isEqualTo(RuleSet.defaults().definition());
            assertThat(fromBook.version()).isEqualTo("RB1/" + RuleSet.defaults().version());
        }
    }

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void eachMonthIsAuditedWithTheVersionInForceOnItsFirstDay(DatabaseVendor vendor) {
        try (RuleMonth month = new RuleMonth(vendor)) {
            // twelve visits in October and in November: under R02's 15 in October, over the new 10 in November
            for (int day = 1; day <= 12; day++) {
                month.visit("BUSY", "O" + day, oct(day, 9, 0));
                month.visit("BUSY", "N" + day, LocalDateTime.of(2026, 11, day, 9, 0));
            }
            RuleBook book = new RuleBook();
            RuleBookVersion v2 = book.change(month.dsl(), new RuleChange("R02", "max_visits", null, "10",
                    LocalDate.of(2026, 11, 1), "省局通知：月门诊频次阈值下调"), "admin", NOW);
            assertThat(v2.versionNo()).isEqualTo(2);

            assertThat(book.versionFor(month.dsl(), RuleMonth.MONTH).orElseThrow().versionNo()).isEqualTo(1);
            assertThat(book.versionFor(month.dsl(), NOVEMBER).orElseThrow().versionNo()).isEqualTo(2);
            assertThat(month.flagged(rule(book, month, RuleMonth.MONTH), RuleMonth.MONTH)).isEmpty();
            assertThat(month.flagged(rule(book, month, NOVEMBER), NOVEMBER)).containsExactly("BUSY");

            // through the engine: each run and its findings name the version they were made with
            AuditEngine engine = new AuditEngine(book, List.of(), Clock.fixed(Instant.parse("2026-12-06T14:00:00Z"),
                    ZoneOffset.ofHours(8)), 1, StageDeadlines.defaults(), false);
            String october = engine.run(month.dsl(), RuleMonth.MONTH).ruleSetVersion();
            String november = engine.run(month.dsl(), NOVEMBER).ruleSetVersion();
            assertThat(october).startsWith("RB1/");
            assertThat(november).startsWith("RB2/");
            assertThat(month.dsl().select(AUDIT_RUN.RULE_SET_VERSION).from(AUDIT_RUN).orderBy(AUDIT_RUN.CYCLE_MONTH)
                    .fetch(AUDIT_RUN.RULE_SET_VERSION)).containsExactly(october, november);
            assertThat(month.dsl().selectDistinct(AUDIT_FINDING.RULE_SET_VERSION).from(AUDIT_FINDING)
                    .where(AUDIT_FINDING.RULE_ID.eq("R02")).fetch(AUDIT_FINDING.RULE_SET_VERSION)).containsExactly(november);

            // November is audited now: a change cannot reach back into it, December is fine
            assertThatThrownBy(() -> book.change(month.dsl(), new RuleChange("R02", "max_visits", null, "12",
                    LocalDate.of(2026, 11, 1), "再改"), "admin", NOW)).isInstanceOf(RuleChangeRefused.class)
                    .hasMessageContaining("已稽核月份 2026-11");
            assertThat(book.change(month.dsl(), new RuleChange("R02", "max_visits", null, "12",
                    LocalDate.of(2026, 12, 1), "再改"), "admin", NOW).versionNo()).isEqualTo(3);
        }
    }

    @Test
    void badChangesAreRefusedWithTheirReasonAndNothingIsWritten() {
        try (RuleMonth month = new RuleMonth()) {
            month.item("001101000010000", c -> { });
            RuleBook book = new RuleBook();
            LocalDate december = LocalDate.of(2026, 12, 1);
            refused(book, month, new RuleChange("R02", "max_visits", null, "-1", december, "r"), "1 至 100000 的整数");
            refused(book, month, new RuleChange("R02", "max_visits", null, "0", december, "r"), "1 至 100000 的整数");
            refused(book, month, new RuleChange("R02", "max_visits", null, "7.5", december, "r"), "整数");
            refused(book, month, new RuleChange("R26", "min_amount", null, "-3000", december, "r"), "正数");
            refused(book, month, new RuleChange("R20", "percentile", null, "101", december, "r"), "不超过 100");
            refused(book, month, new RuleChange("R02", "max_visits", null, "abc", december, "r"), "不是数字");
            refused(book, month, new RuleChange("R02", "max_visits", null, "15", december, "r"), "相同");
            refused(book, month, new RuleChange("R02", "max_visits", null, "10", december, " "), "原因");
            refused(book, month, new RuleChange("R02", "max_visits", null, "10", LocalDate.of(2026, 12, 2), "r"), "1 日");
            refused(book, month, new RuleChange("R99", "max_visits", null, "10", december, "r"), "未知的规则参数");
            refused(book, month, new RuleChange("R14", "daily_limit", "NO-SUCH-ITEM", "2", december, "r"), "未知项目编码");
            refused(book, month, new RuleChange("R14", "daily_limit", "X999", "2", december, "r"), "未知项目编码「X999」");
            refused(book, month, new RuleChange("R13", "exclusive_pair", "001101000010000>X999", "1", december, "r"),
                    "未知项目编码「X999」");
            refused(book, month, new RuleChange("R13", "exclusive_pair", "001102000020000>001101000010000", null,
                    december, "r"), "至少保留一项");
            refused(book, month, new RuleChange("R23", "peer_by", null, "kind+city", december, "r"), "province");
            assertThat(book.repository().versions(month.dsl())).hasSize(1);
            assertThat(book.repository().events(month.dsl())).isEmpty();

            // a known item's limit changes from January; an earlier date than the latest version's is refused
            book.change(month.dsl(), new RuleChange("R14", "daily_limit", "001101000010000", "2",
                    LocalDate.of(2027, 1, 1), "门诊诊查费每日可收两次"), "admin", NOW);
            refused(book, month, new RuleChange("R02", "max_visits", null, "10", december, "r"), "早于最新版本 RB2");
            List<RuleBookEvent> events = book.repository().events(month.dsl());
            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e.changedBy()).isEqualTo("admin");
                assertThat(e.changedAt()).isEqualTo(NOW);
                assertThat(e.ruleId() + " " + e.param() + " " + e.entryKey() + ": " + e.oldValue() + " → " + e.newValue())
                        .isEqualTo("R14 daily_limit 001101000010000: 1 → 2");
                assertThat(e.reason()).isEqualTo("门诊诊查费每日可收两次");
            });
            assertThat(book.repository().values(month.dsl(), 1).entries("R14", "daily_limit"))
                    .containsEntry("001101000010000", "1");
            assertThat(book.repository().values(month.dsl(), 2).entries("R14", "daily_limit"))
                    .containsEntry("001101000010000", "2").hasSize(5);

            // R23's peer group is a value too: by province from February
            book.change(month.dsl(), new RuleChange("R23", "peer_by", null, "province + kind+hosp_lv",
                    LocalDate.of(2027, 2, 1), "按省分组比较"), "admin", NOW);
            assertThat(book.forMonth(month.dsl(), new CycleMonth(YearMonth.of(2027, 2))).definition())
                    .contains("peer_by=kind+hosp_lv+province+med_type");
            assertThat(book.forMonth(month.dsl(), new CycleMonth(YearMonth.of(2027, 1))).definition())
                    .contains("peer_by=kind+hosp_lv+med_type");
        }
    }

    private static AuditRule rule(RuleBook book, RuleMonth month, CycleMonth cycle) {
        return book.forMonth(month.dsl(), cycle).rules().stream().filter(r -> r.id().equals("R02")).findFirst()
                .orElseThrow();
    }

    private static void refused(RuleBook book, RuleMonth month, RuleChange change, String why) {
        assertThatThrownBy(() -> book.change(month.dsl(), change, "admin", NOW))
                .isInstanceOf(RuleChangeRefused.class).hasMessageContaining(why);
    }
}
