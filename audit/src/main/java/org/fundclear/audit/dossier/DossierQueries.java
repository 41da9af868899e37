package org.fundclear.audit.dossier;

import static org.fundclear.sql.jooq.Tables.AUDIT_RING;
import static org.fundclear.sql.jooq.Tables.AUDIT_RING_MEMBER;
import static org.fundclear.sql.jooq.Tables.FEE_LINE;
import static org.fundclear.sql.jooq.Tables.INSTITUTION;
import static org.fundclear.sql.jooq.Tables.PERSON;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fundclear.audit.finding.SubjectType;
import org.fundclear.clearing.access.RegionScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.impl.DSL;

/**
 * The record-level reads of a case page (read-only): the subject from the register, the evidence settlements with
 * their fee lines, a person's 90-day timeline, their rings and peer figures. Every settlement read is limited to the
 * reader's region scope (insured or treated in a covered region).
 */
public final class DossierQueries {
    public static final int TIMELINE_DAYS = 90;
    private static final int IN_LIST = 500;

    public Optional<Subject> subject(DSLContext dsl, SubjectType type, String id) {
        return switch (type) {
            case PERSON -> dsl.selectFrom(PERSON).where(PERSON.PSN_NO.eq(id)).fetchOptional()
                    .map(p -> new Subject(type, id, p.getPsnName(), p.getCertno(), p.getGend(), p.getBrdy(),
                            p.getInsuAdmdvs(), p.getInsutype(), null));
            case INSTITUTION -> dsl.selectFrom(INSTITUTION).where(INSTITUTION.FIXMEDINS_CODE.eq(id)).fetchOptional()
                    .map(i -> new Subject(type, id, i.getFixmedinsName(), null, null, null, i.getAdmdvs(), i.getKind(),
                            i.getHospLv()));
            case DOCTOR -> Optional.of(new Subject(type, id, null, null, null, null, null, null, null));
        };
    }

    /** The settlements named as evidence, in time order, each with its fee lines. */
    public List<SettlementRecord> evidence(DSLContext dsl, RegionScope scope, Collection<String> setlIds) {
        List<String> ids = setlIds.stream().distinct().limit(IN_LIST).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, List<FeeItem>> fees = new HashMap<>();
        dsl.selectFrom(FEE_LINE).where(FEE_LINE.SETL_ID.in(ids)).orderBy(FEE_LINE.SETL_ID, FEE_LINE.LINE_NO)
                .forEach(f -> fees.computeIfAbsent(f.getSetlId(), k -> new ArrayList<>()).add(new FeeItem(
                        f.getLineNo(), f.getListType(), f.getHilistCode(), f.getHilistName(), f.getCnt(), f.getPric(),
                        f.getDetItemFeeSumamt(), f.getDaysSupply(), f.getBilgDrCode())));
        return settlements(dsl, SETTLEMENT.SETL_ID.in(ids).and(inScope(scope)), fees);
    }

    /** A person's settlements in the {@value #TIMELINE_DAYS} days up to the end of {@code upTo}, in time order. */
    public List<SettlementRecord> timeline(DSLContext dsl, RegionScope scope, String psnNo, LocalDate upTo) {
        LocalDateTime end = upTo.plusDays(1).atStartOfDay();
        return settlements(dsl, SETTLEMENT.PSN_NO.eq(psnNo).and(SETTLEMENT.SETL_TIME.ge(end.minusDays(TIMELINE_DAYS)))
                .and(SETTLEMENT.SETL_TIME.lt(end)).and(inScope(scope)), Map.of());
    }

    /**
     * The rings of {@code month} the person belongs to, each with its members and, per member, the distinct days on
     * which member and person settled at the same institution.
     */
    public List<Ring> rings(DSLContext dsl, String month, String psnNo) {
        List<Ring> rings = new ArrayList<>();
        for (var r : dsl.selectFrom(AUDIT_RING).where(AUDIT_RING.CYCLE_MONTH.eq(month))
                .and(AUDIT_RING.RING_ID.in(DSL.select(AUDIT_RING_MEMBER.RING_ID).from(AUDIT_RING_MEMBER)
                        .where(AUDIT_RING_MEMBER.CYCLE_MONTH.eq(month)).and(AUDIT_RING_MEMBER.PSN_NO.eq(psnNo))))
                .orderBy(AUDIT_RING.RING_ID).fetch()) {
            var members = dsl.selectFrom(AUDIT_RING_MEMBER).where(AUDIT_RING_MEMBER.CYCLE_MONTH.eq(month))
                    .and(AUDIT_RING_MEMBER.RING_ID.eq(r.getRingId())).orderBy(AUDIT_RING_MEMBER.PSN_NO).fetch();
            Map<String, Long> shared = sharedDays(dsl, month, psnNo,
                    members.stream().map(m -> m.getPsnNo()).toList());
            rings.add(new Ring(r.getRingId(), r.getMemberCount(), r.getPairCount(), r.getDensity(), r.getMaxCoDays(),
                    r.getDrugSimilarity(), r.getInstitutions(), r.getVolaAmt(), members.stream()
                    .map(m -> new RingMember(m.getPsnNo(), m.getPairCount(), m.getVolaAmt(),
                            m.getPsnNo().equals(psnNo) ? 0 : shared.getOrDefault(m.getPsnNo(), 0L)))
                    .toList()));
        }
        return rings;
    }

    /**
     * The subject's month against its peers: a person against persons of the same insurance type, an institution
     * against institutions of the same kind and level, a doctor against every prescribing doctor of the month.
     */
    public Optional<PeerFigures> peers(DSLContext dsl, String month, SubjectType type, String id) {
        Condition monthly = SETTLEMENT.CYCLE_MONTH.eq(month).and(SETTLEMENT.REFD_SETL_FLAG.ne("1"));
        return switch (type) {
            case PERSON -> dsl.select(PERSON.INSUTYPE).from(PERSON).where(PERSON.PSN_NO.eq(id)).fetchOptional(PERSON.INSUTYPE)
                    .map(insutype -> figures(dsl, "参保险种 " + insutype, SETTLEMENT.PSN_NO, id,
                            monthly.and(SETTLEMENT.INSUTYPE.eq(insutype))));
            case INSTITUTION -> dsl.selectFrom(INSTITUTION).where(INSTITUTION.FIXMEDINS_CODE.eq(id)).fetchOptional()
                    .map(i -> figures(dsl, "机构类别 " + i.getKind() + (i.getHospLv() == null ? "" : " 等级 " + i.getHospLv()),
                            SETTLEMENT.FIXMEDINS_CODE, id, monthly.and(SETTLEMENT.FIXMEDINS_CODE.in(
                                    DSL.select(INSTITUTION.FIXMEDINS_CODE).from(INSTITUTION)
                                            .where(INSTITUTION.KIND.eq(i.getKind()))
                                            .and(i.getHospLv() == null ? INSTITUTION.HOSP_LV.isNull()
                                                    : INSTITUTION.HOSP_LV.eq(i.getHospLv()))))));
            case DOCTOR -> Optional.of(doctorFigures(dsl, month, id));
        };
    }

    private PeerFigures figures(DSLContext dsl, String group, org.jooq.Field<String> key, String id, Condition peers) {
        var perSubject = dsl.select(key.as("k"), DSL.count().as("n"), DSL.sum(SETTLEMENT.MEDFEE_SUMAMT).as("amt"))
                .from(SETTLEMENT).where(peers).groupBy(key).asTable("g");
        return summarise(dsl, group, perSubject, id);
    }

    private PeerFigures doctorFigures(DSLContext dsl, String month, String doctor) {
        var perSubject = dsl.select(FEE_LINE.BILG_DR_CODE.as("k"), DSL.countDistinct(FEE_LINE.SETL_ID).as("n"),
                        DSL.sum(FEE_LINE.DET_ITEM_FEE_SUMAMT).as("amt"))
                .from(FEE_LINE).where(FEE_LINE.CYCLE_MONTH.eq(month)).and(FEE_LINE.BILG_DR_CODE.isNotNull())
                .groupBy(FEE_LINE.BILG_DR_CODE).asTable("g");
        return summarise(dsl, "本月开方医师", perSubject, doctor);
    }

    private PeerFigures summarise(DSLContext dsl, String group, org.jooq.Table<?> g, String id) {
        var k = g.field("k", String.class);
        var n = g.field("n", Long.class);
        var amt = g.field("amt", BigDecimal.class);
        Record all = dsl.select(DSL.count(), DSL.sum(n), DSL.sum(amt)).from(g).fetchOne();
        Record3<String, Long, BigDecimal> own = dsl.select(k, n, amt).from(g).where(k.eq(id)).fetchOne();
        long peers = all.get(0, Long.class);
        BigDecimal peerSettlements = nz(all.get(1, BigDecimal.class));
        BigDecimal peerAmount = nz(all.get(2, BigDecimal.class));
        long settlements = own == null ? 0 : own.value2();
        BigDecimal amount = own == null ? BigDecimal.ZERO : nz(own.value3());
        return new PeerFigures(group, peers, settlements, amount, ratio(amount, BigDecimal.valueOf(settlements)),
                ratio(peerSettlements, BigDecimal.valueOf(peers)), ratio(peerAmount, BigDecimal.valueOf(peers)),
                ratio(peerAmount, peerSettlements));
    }

    private List<SettlementRecord> settlements(DSLContext dsl, Condition where, Map<String, List<FeeItem>> fees) {
        return dsl.select(SETTLEMENT.asterisk(), INSTITUTION.FIXMEDINS_NAME).from(SETTLEMENT)
                .leftJoin(INSTITUTION).on(INSTITUTION.FIXMEDINS_CODE.eq(SETTLEMENT.FIXMEDINS_CODE))
                .where(where).orderBy(SETTLEMENT.SETL_TIME, SETTLEMENT.SETL_ID)
                .fetch(r -> new SettlementRecord(r.get(SETTLEMENT.SETL_ID), r.get(SETTLEMENT.PSN_NO),
                        r.get(SETTLEMENT.FIXMEDINS_CODE), r.get(INSTITUTION.FIXMEDINS_NAME),
                        r.get(SETTLEMENT.INSU_ADMDVS), r.get(SETTLEMENT.MDTRTAREA_ADMDVS), r.get(SETTLEMENT.MED_TYPE),
                        r.get(SETTLEMENT.DISE_CODG), r.get(SETTLEMENT.SETL_TIME), r.get(SETTLEMENT.MEDFEE_SUMAMT),
                        r.get(SETTLEMENT.FUND_PAY_SUMAMT), r.get(SETTLEMENT.ACCT_PAY),
                        "1".equals(r.get(SETTLEMENT.REFD_SETL_FLAG)),
                        fees.getOrDefault(r.get(SETTLEMENT.SETL_ID), List.of())));
    }

    private Map<String, Long> sharedDays(DSLContext dsl, String month, String psnNo, List<String> members) {
        Map<String, Set<String>> visits = new LinkedHashMap<>();
        dsl.select(SETTLEMENT.PSN_NO, SETTLEMENT.FIXMEDINS_CODE, SETTLEMENT.SETL_TIME).from(SETTLEMENT)
                .where(SETTLEMENT.CYCLE_MONTH.eq(month)).and(SETTLEMENT.PSN_NO.in(members))
                .and(SETTLEMENT.REFD_SETL_FLAG.ne("1"))
                .forEach(r -> visits.computeIfAbsent(r.value1(), x -> new HashSet<>())
                        .add(r.value2() + "@" + r.value3().toLocalDate()));
        Set<String> own = visits.getOrDefault(psnNo, Set.of());
        Map<String, Long> shared = new HashMap<>();
        visits.forEach((member, days) -> shared.put(member, days.stream().filter(own::contains)
                .map(d -> d.substring(d.indexOf('@') + 1)).distinct().count()));
        return shared;
    }

    private static Condition inScope(RegionScope scope) {
        return scope.covers(SETTLEMENT.INSU_ADMDVS).or(scope.covers(SETTLEMENT.MDTRTAREA_ADMDVS));
    }

    private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? BigDecimal.ZERO : a.divide(b, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
