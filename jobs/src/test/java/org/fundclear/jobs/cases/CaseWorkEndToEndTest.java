package org.fundclear.jobs.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fundclear.sql.jooq.Tables.AUDIT_CASE;
import static org.fundclear.sql.jooq.Tables.AUDIT_CASE_EVENT;
import static org.fundclear.sql.jooq.Tables.CLEARING_ADJUSTMENT;
import static org.fundclear.sql.jooq.Tables.CLEARING_LINE;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.fundclear.audit.casework.ActionInput;
import org.fundclear.audit.casework.Actor;
import org.fundclear.audit.casework.Attachment;
import org.fundclear.audit.casework.CaseAction;
import org.fundclear.audit.casework.CaseConflictException;
import org.fundclear.audit.casework.CaseQuery;
import org.fundclear.audit.casework.CaseRefusedException;
import org.fundclear.audit.casework.CaseRow;
import org.fundclear.audit.casework.CaseStatus;
import org.fundclear.audit.casework.CaseView;
import org.fundclear.audit.casework.CaseWork;
import org.fundclear.audit.casework.Deduction;
import org.fundclear.audit.casework.StageDeadlines;
import org.fundclear.audit.casework.VerdictFile;
import org.fundclear.audit.casework.VerdictImport;
import org.fundclear.audit.finding.SubjectType;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.access.Role;
import org.fundclear.clearing.cycle.ClearingAdjustments;
import org.fundclear.clearing.cycle.SettlementPayment;
import org.fundclear.reports.export.CycleExports;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.ScenarioGenerator;
import org.fundclear.generator.ScenarioRequest;
import org.fundclear.generator.audit.PatternPlanter;
import org.fundclear.jobs.TestApplication;
import org.fundclear.jobs.audit.AuditCommand;
import org.fundclear.jobs.clearing.ClearOutcome;
import org.fundclear.jobs.clearing.ClearService;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.jooq.tables.records.ClearingLineRecord;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The inspectors' loop on the real application: a flagged case walked 初审 → 复审 → 申诉 → 调查核实 → 违规处理 with
 * every wrong step refused, a re-audit that keeps the decided case, and the confirmed deduction on the next month's
 * clearing line to the fen; the same verdict applied again from a file posts nothing more.
 */
class CaseWorkEndToEndTest {
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final CycleMonth FIRST = new CycleMonth(SEPTEMBER);
    private static final CycleMonth SECOND = FIRST.next();

    private static final Actor INSPECTOR = actor("ins", Role.INSPECTOR);
    private static final Actor INSPECTOR_AND_REVIEWER = actor("both", Role.INSPECTOR, Role.REVIEWER);
    private static final Actor REVIEWER = actor("rev", Role.REVIEWER);
    private static final Actor INVESTIGATOR = actor("inv", Role.INVESTIGATOR);
    private static final Actor SUPERVISOR = actor("sup", Role.SUPERVISOR);

    @ParameterizedTest
    @MethodSource("org.fundclear.sql.testing.TestDatabase#vendors")
    void aConfirmedDeductionReachesTheNextClearingOnce(DatabaseVendor vendor, @TempDir Path dir) throws Exception {
        ScenarioGenerator.generate(new ScenarioRequest(SEPTEMBER, 2, dir, 1500, 5));
        PatternPlanter.plant(dir.resolve(FIRST.toString()), SEPTEMBER, 5, 2);
        try (TestDatabase db = TestDatabase.create(vendor);
             ConfigurableApplicationContext context = TestApplication.start(db)) {
            DSLContext dsl = db.dsl();
            importAndClear(context, dir, FIRST);
            audit(context, dir, FIRST);
            CaseService cases = context.getBean(CaseService.class);

            CaseRow row = cases.queue(SUPERVISOR, CaseQuery.month(FIRST.toString())).rows().stream()
                    .filter(c -> c.subjectType() == SubjectType.PERSON && deductible(dsl, c.subjectId()) != null)
                    .findFirst().orElseThrow();
            SettlementPayment paid = deductible(dsl, row.subjectId());
            long id = row.id();
            assertThat(row.status()).isEqualTo(CaseStatus.NEW);
            assertThat(row.rank()).isPositive();

            Actor elsewhere = new Actor("gd", Set.of(Role.SUPERVISOR), RegionScope.of("990000"), false);
            assertThat(cases.find(elsewhere, id)).as("another region's case is not found").isEmpty();
            assertThat(cases.queue(elsewhere, CaseQuery.month(FIRST.toString())).total()).isZero();
            refused(() -> cases.act(elsewhere, id, row.version(), CaseAction.COMMENT, ActionInput.comment("x")),
                    "no case " + id + " in your regions");
            Actor home = new Actor("home", Set.of(Role.AUDITOR), RegionScope.of(paid.insuAdmdvs().substring(0, 2) + "0000"),
                    false);
            assertThat(cases.find(home, id)).as("the insured province sees its person's case").isPresent();

            refused(() -> cases.act(REVIEWER, id, row.version(), CaseAction.CLAIM, ActionInput.NONE), "INSPECTOR");
            CaseRow claimed = cases.act(INSPECTOR_AND_REVIEWER, id, row.version(), CaseAction.CLAIM, ActionInput.NONE);
            assertThat(claimed.status()).isEqualTo(CaseStatus.INITIAL_REVIEW);
            assertThat(claimed.assignee()).isEqualTo("both");
            refused(() -> cases.act(INSPECTOR, id, claimed.version(), CaseAction.SUBMIT_INITIAL,
                    ActionInput.comment("suspicious")), "assigned to both");
            refused(() -> cases.act(INSPECTOR_AND_REVIEWER, id, claimed.version(), CaseAction.SUBMIT_INITIAL,
                    ActionInput.NONE), "comment");
            CaseRow reviewed = cases.act(INSPECTOR_AND_REVIEWER, id, claimed.version(), CaseAction.SUBMIT_INITIAL,
                    ActionInput.comment("疑点成立"));
            assertThat(reviewed.status()).isEqualTo(CaseStatus.SECOND_REVIEW);
            assertThatThrownBy(() -> cases.act(REVIEWER, id, claimed.version(), CaseAction.AGREE_REVIEW, ActionInput.NONE))
                    .as("a stale version is a conflict, not a lost update").isInstanceOf(CaseConflictException.class)
                    .hasMessageContaining("reload");
            refused(() -> cases.act(INSPECTOR_AND_REVIEWER, id, reviewed.version(), CaseAction.AGREE_REVIEW,
                    ActionInput.NONE), "复审 must be done by someone else");
            CaseRow appeal = cases.act(REVIEWER, id, reviewed.version(), CaseAction.AGREE_REVIEW, ActionInput.NONE);
            refused(() -> cases.act(SUPERVISOR, id, appeal.version(), CaseAction.CONFIRM,
                    new ActionInput(null, null, null, null, List.of(new Deduction(paid.setlId(), BigDecimal.ONE)))),
                    "applies to a case in 违规处理");
            byte[] letter = "申诉书".getBytes(StandardCharsets.UTF_8);
            CaseRow investigation = cases.act(INVESTIGATOR, id, appeal.version(), CaseAction.RECORD_APPEAL,
                    new ActionInput("机构提交申诉材料", null, null, Attachment.of("appeal.pdf", letter), List.of()));
            CaseRow disposition = cases.act(INVESTIGATOR, id, investigation.version(), CaseAction.SUBMIT_INVESTIGATION,
                    ActionInput.comment("核实属实"));
            assertThat(disposition.status()).isEqualTo(CaseStatus.DISPOSITION);

            BigDecimal amount = paid.paid().min(new BigDecimal("37.45"));
            refused(() -> confirm(cases, id, disposition.version(), paid.setlId(), paid.paid().add(new BigDecimal("0.01"))),
                    "exceeds what can still be deducted");
            String otherPersons = otherPersonsSettlement(dsl, row.subjectId(), paid.setlId());
            refused(() -> confirm(cases, id, disposition.version(), otherPersons, BigDecimal.ONE),
                    "neither in the case's evidence nor a settlement of person");
            refused(() -> cases.act(INVESTIGATOR, id, disposition.version(), CaseAction.CONFIRM, new ActionInput(null,
                    null, null, null, List.of(new Deduction(paid.setlId(), amount)))), "SUPERVISOR");
            CaseRow confirmed = confirm(cases, id, disposition.version(), paid.setlId(), amount);
            assertThat(confirmed.status()).isEqualTo(CaseStatus.CONFIRMED);
            assertThat(confirmed.stageDue()).isNull();
            refused(() -> cases.act(SUPERVISOR, id, confirmed.version(), CaseAction.DISMISS,
                    new ActionInput(null, null, "N01", null, List.of())), "is closed");

            CaseView view = cases.find(SUPERVISOR, id).orElseThrow();
            assertThat(view.events()).extracting(e -> e.action()).containsExactly("RAISED", "CLAIM", "SUBMIT_INITIAL",
                    "AGREE_REVIEW", "RECORD_APPEAL", "SUBMIT_INVESTIGATION", "CONFIRM");
            assertThat(view.events().get(4).attachmentSha256())
                    .isEqualTo(Attachment.of("appeal.pdf", letter).sha256()).hasSize(64);
            assertThat(view.verdicts()).singleElement().satisfies(v -> assertThat(v.total()).isEqualByComparingTo(amount));

            audit(context, dir, FIRST);
            CaseRow again = cases.find(SUPERVISOR, id).orElseThrow().row();
            assertThat(again.status()).as("a re-audit keeps the decision").isEqualTo(CaseStatus.CONFIRMED);
            assertThat(again.version()).isEqualTo(confirmed.version());
            assertThat(dsl.fetchCount(AUDIT_CASE, AUDIT_CASE.SUBJECT_ID.eq(row.subjectId())
                    .and(AUDIT_CASE.CYCLE_MONTH.eq(FIRST.toString())))).isEqualTo(1);

            Path verdicts = dir.resolve("verdicts.csv");
            Files.writeString(verdicts, "subject_type,subject_id,verdict,reason_code,setl_id,deduction_amt,comment\n"
                    + "PERSON," + row.subjectId() + ",CONFIRMED,V09," + paid.setlId() + "," + amount.toPlainString()
                    + ",现场检查\n"
                    + "PERSON,NOBODY,DISMISSED,N04,,,\n");
            CaseWork work = context.getBean(CaseWork.class);
            VerdictImport applied = VerdictFile.apply(dsl, work, SUPERVISOR, FIRST, verdicts);
            assertThat(applied.repeats()).as("the same decision again is a repeat").isEqualTo(1);
            assertThat(applied.rejects()).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(3);
                assertThat(r.reason()).contains("no case of PERSON NOBODY");
            });
            assertThat(dsl.fetchCount(CLEARING_ADJUSTMENT)).as("posted once").isEqualTo(1);

            importAndClear(context, dir, SECOND);
            ClearingLineRecord line = dsl.selectFrom(CLEARING_LINE).where(CLEARING_LINE.CYCLE_MONTH.eq(SECOND.toString()))
                    .and(CLEARING_LINE.INSU_ADMDVS.eq(paid.insuAdmdvs()))
                    .and(CLEARING_LINE.MDTRTAREA_ADMDVS.eq(paid.mdtrtareaAdmdvs()))
                    .and(CLEARING_LINE.INSUTYPE.eq(settlementField(dsl, paid.setlId(), SETTLEMENT.INSUTYPE)))
                    .and(CLEARING_LINE.MED_TYPE.eq(settlementField(dsl, paid.setlId(), SETTLEMENT.MED_TYPE))).fetchOne();
            assertThat(line).as("the deduction's group has a line in the next clearing").isNotNull();
            assertThat(line.getDeductionAmt()).isEqualByComparingTo(amount);
            assertThat(line.getNetPayable()).isEqualByComparingTo(
                    line.getFundPaySumamt().add(line.getAcctPay()).subtract(amount));
            assertThat(dsl.select(DSL.coalesce(DSL.sum(CLEARING_LINE.DEDUCTION_AMT), BigDecimal.ZERO)).from(CLEARING_LINE)
                    .where(CLEARING_LINE.CYCLE_MONTH.eq(FIRST.toString())).fetchOne(0, BigDecimal.class))
                    .as("the cleared month is not touched").isEqualByComparingTo(BigDecimal.ZERO);
            Path csv = CycleExports.clearing(dsl, SECOND, dir.resolve("out"));
            assertThat(Files.readAllLines(csv)).as("the clearing CSV shows the deduction").anyMatch(l ->
                    l.contains("," + paid.insuAdmdvs() + "," + paid.mdtrtareaAdmdvs() + ",")
                            && l.contains("," + amount.setScale(2).toPlainString() + ","));
            assertThat(dsl.fetchCount(AUDIT_CASE_EVENT, AUDIT_CASE_EVENT.CASE_ID.eq(id)))
                    .as("nothing in the trail was removed").isGreaterThanOrEqualTo(7);
        }
    }

    private static CaseRow confirm(CaseService cases, long id, long version, String setlId, BigDecimal amount) {
        return cases.act(SUPERVISOR, id, version, CaseAction.CONFIRM,
                new ActionInput("违规属实", null, "V09", null, List.of(new Deduction(setlId, amount))));
    }

    private static void refused(Runnable action, String because) {
        assertThatThrownBy(action::run).isInstanceOf(CaseRefusedException.class).hasMessageContaining(because);
    }

    private static Actor actor(String name, Role... roles) {
        return new Actor(name, Set.of(roles), RegionScope.ALL, false);
    }

    /** A cleared, unreversed normal settlement of the person, if any. */
    private static SettlementPayment deductible(DSLContext dsl, String psnNo) {
        for (String setlId : dsl.select(SETTLEMENT.SETL_ID).from(SETTLEMENT).where(SETTLEMENT.PSN_NO.eq(psnNo))
                .and(SETTLEMENT.REFD_SETL_FLAG.eq("0")).orderBy(SETTLEMENT.SETL_ID).fetch(SETTLEMENT.SETL_ID)) {
            SettlementPayment p = ClearingAdjustments.payment(dsl, setlId).orElseThrow();
            if (p.cleared() && !p.reversed() && p.paid().signum() > 0) {
                return p;
            }
        }
        return null;
    }

    private static String otherPersonsSettlement(DSLContext dsl, String psnNo, String notThis) {
        return dsl.select(SETTLEMENT.SETL_ID).from(SETTLEMENT).where(SETTLEMENT.PSN_NO.ne(psnNo))
                .and(SETTLEMENT.REFD_SETL_FLAG.eq("0")).orderBy(SETTLEMENT.SETL_ID).limit(1)
                .fetchOne(SETTLEMENT.SETL_ID);
    }

    private static String settlementField(DSLContext dsl, String setlId, TableField<?, String> field) {
        return dsl.select(field).from(SETTLEMENT).where(SETTLEMENT.SETL_ID.eq(setlId)).fetchOne(field);
    }

    private static void importAndClear(ConfigurableApplicationContext context, Path dir, CycleMonth month) {
        context.getBean(ImportService.class).importFiles(month, StandardCharsets.UTF_8,
                InputFiles.expand(List.of(dir.resolve(month.toString()))));
        ClearOutcome outcome = context.getBean(ClearService.class).clear(month, "tester");
        assertThat(outcome.result()).as(outcome.message()).isEqualTo(ClearOutcome.Result.CLEARED);
    }

    private static void audit(ConfigurableApplicationContext context, Path dir, CycleMonth month) {
        AuditCommand.engine(dir.resolve("models"), 2, context.getBean(StageDeadlines.class), true)
                .run(context.getBean(DSLContext.class), month);
    }
}
