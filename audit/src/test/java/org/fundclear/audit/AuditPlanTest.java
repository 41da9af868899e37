package org.fundclear.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fundclear.audit.model.Detectors;
import org.fundclear.audit.rules.RuleSet;
import org.fundclear.clearing.model.CycleMonth;
import org.junit.jupiter.api.Test;

/** How a partitioned audit splits its stages: every stage once, shared state kept in one partition. */
class AuditPlanTest {
    private static final CycleMonth MONTH = new CycleMonth(YearMonth.of(2026, 9));

    @Test
    void stagesThatShareStateRunInOnePartitionAndEveryStageRunsOnce() {
        RuleSet rules = RuleSet.defaults();
        AuditEngine engine = new AuditEngine(rules, Detectors.standard(null), Clock.systemUTC(), 2);
        AuditEngine.StagePlan plan = engine.plan(null, MONTH, rules.version());

        // the findings' order: look-back detectors and rules, then the month's detectors and rules, as listed
        assertThat(plan.order()).startsWith("M-RING", "R07", "R15", "M-IF-SHOPPING", "M-IF-INSTITUTION")
                .hasSize(rules.rules().size() + 9).doesNotHaveDuplicates();
        List<String> partitioned = new ArrayList<>();
        plan.lookBack().forEach(partitioned::addAll);
        plan.month().forEach(partitioned::addAll);
        assertThat(partitioned).containsExactlyInAnyOrderElementsOf(plan.order());

        assertThat(plan.lookBack()).containsExactly(List.of("M-RING"), List.of("R15"));
        // R07 reads the persons' drug supply, which the person months hold: it runs with them, after the snapshot
        assertThat(plan.month().get(0)).containsExactly("R07", "M-IF-SHOPPING", "M-IF-PHARMACY");
        assertThat(plan.month()).contains(List.of("M-IF-INSTITUTION", "M-LOF-INSTITUTION"), List.of("R01"))
                .hasSize(plan.order().size() - 3 - 2);
    }

    @Test
    void aPartitionRefusesToAuditWithRulesOtherThanTheRunsOwn() {
        AuditEngine engine = new AuditEngine(RuleSet.defaults(), Detectors.standard(null), Clock.systemUTC(), 2);
        assertThatThrownBy(() -> engine.runStages(null, MONTH, "RS-other", List.of("R01")))
                .hasMessageContaining("changed during the run");
        assertThatThrownBy(() -> engine.plan(null, MONTH, "RS-other")).hasMessageContaining("changed during the run");
    }
}
