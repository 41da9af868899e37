package org.fundclear.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds the fee lines of an outpatient or pharmacy settlement. A lognormal target cost is filled item by item
 * (whole quantities, capped per item) until reached or the line limit is hit; the settlement's medfee_sumamt is
 * then the exact sum of its lines. Items are only chosen when the catalogue restrictions allow them for this
 * person, and drug supplies stay within the item's maximum days. The person's {@link CareHistory} holds back
 * a drug already supplied this month and a test billed too recently.
 */
final class FeeLineBuilder {

    /** Charges happen up to two hours before settlement, on the same day. */
    private static final int MAX_LEAD_SECONDS = 7200;
    private static final long MIN_SETTLEMENT_FEN = 100;
    private static final double SIGMA = 0.8;

    private FeeLineBuilder() {
    }

    /** @param costFactor the institution's cost level relative to its peers' (1: typical) */
    static List<FeeLine> build(MedType type, Person person, String diagnosis, Institution institution,
                               double costFactor, LocalDateTime setlTime, CareHistory care, SplittableRandom rng) {
        LocalDate day = setlTime.toLocalDate();
        int age = person.ageOn(day);
        List<CatalogItem> fitting = pool(type, diagnosis).stream().filter(i -> i.allows(person.gend(), age)).toList();
        if (fitting.isEmpty()) {
            throw new IllegalStateException("no catalogue item fits gend " + person.gend() + ", age " + age);
        }
        // Every pool has an item the history never holds back (a test or material); the fallback is a safeguard.
        List<CatalogItem> candidates = new ArrayList<>(fitting.stream().filter(i -> care.allows(person, i, day)).toList());
        if (candidates.isEmpty()) {
            candidates.addAll(fitting);
        }
        double mean = type == MedType.CHRONIC_OUTPATIENT ? Catalog.CHRONIC.get(diagnosis).meanYuan() : meanYuan(type);
        long target = Money.lognormalFen(mean * costFactor, SIGMA, 1, rng);
        int maxLines = maxLines(type);

        List<Draft> drafts = new ArrayList<>(maxLines);
        CatalogItem consultation = consultation(type);
        if (consultation != null) {
            drafts.add(new Draft(consultation, Formats.SCALE4, consultation.basePric4()));
        }
        long total = total(drafts);
        do {
            CatalogItem item = candidates.remove(rng.nextInt(candidates.size()));
            long price = unitPrice(item, rng);
            boolean last = drafts.size() + 1 == maxLines || candidates.isEmpty();
            long remaining = Math.max(0, target - total);
            long share = last ? remaining : remaining * (60 + rng.nextInt(41)) / 100;
            Draft draft = new Draft(item, quantity(item, price, share, rng), price);
            drafts.add(draft);
            total += draft.amount();
        } while (total < target && drafts.size() < maxLines && !candidates.isEmpty());
        while (total < MIN_SETTLEMENT_FEN) { // e.g. a single mask: sell one more unit of the last item
            int last = drafts.size() - 1;
            drafts.set(last, drafts.get(last).plusOneUnit());
            total = total(drafts);
        }
        List<FeeLine> lines = lines(drafts, type, institution, setlTime, rng);
        care.record(person, lines, day);
        return lines;
    }

    /** A line before doctor, days and time are known; quantity and price in 1/10000. */
    private record Draft(CatalogItem item, long cnt4, long pric4) {

        long amount() {
            return Money.lineAmount(cnt4, pric4);
        }

        Draft plusOneUnit() {
            return new Draft(item, cnt4 + Formats.SCALE4, pric4);
        }
    }

    private static long total(List<Draft> drafts) {
        return drafts.stream().mapToLong(Draft::amount).sum();
    }

    private static List<FeeLine> lines(List<Draft> drafts, MedType type, Institution institution,
                                       LocalDateTime setlTime, SplittableRandom rng) {
        String doctor = institution.kind() == InstitutionKind.PHARMACY && rng.nextInt(100) < 40
                ? null : institution.doctorCode(1 + rng.nextInt(institution.doctors()));
        long[] leads = new long[drafts.size()];
        int maxLead = Math.min(setlTime.toLocalTime().toSecondOfDay(), MAX_LEAD_SECONDS);
        for (int i = 0; i < leads.length; i++) {
            leads[i] = rng.nextInt(maxLead + 1);
        }
        Arrays.sort(leads); // largest lead = earliest charge goes to line 1
        List<FeeLine> lines = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            CatalogItem item = draft.item();
            Integer days = item.isDrug() ? Math.min(item.maxDaysSupply(), drawDays(type, item, rng)) : null;
            lines.add(new FeeLine(i + 1, item, draft.cnt4(), draft.pric4(), days, doctor,
                    setlTime.minusSeconds(leads[leads.length - 1 - i])));
        }
        return List.copyOf(lines);
    }

    /**
     * Target means, calibrated so realised settlement costs land on the report's 132 (pharmacy) and 261
     * (general outpatient) yuan: quantity caps and line limits cut the long tail of the target, the more so since
     * a person has CT or MRI only in alternate months ({@link CareHistory}), hence the high outpatient target.
     */
    private static double meanYuan(MedType type) {
        return switch (type) {
            case PHARMACY -> 135;
            case GENERAL_OUTPATIENT -> 455;
            case EMERGENCY -> 380;
            case CHRONIC_OUTPATIENT, INPATIENT -> throw new IllegalArgumentException("no general target for " + type);
        };
    }

    private static int maxLines(MedType type) {
        return switch (type) {
            case PHARMACY -> 3;
            case CHRONIC_OUTPATIENT -> 4;
            case GENERAL_OUTPATIENT, EMERGENCY, INPATIENT -> 5;
        };
    }

    /** Outpatient and emergency visits open with the consultation fee. */
    private static CatalogItem consultation(MedType type) {
        return switch (type) {
            case GENERAL_OUTPATIENT -> Catalog.CONSULTATION;
            case EMERGENCY -> Catalog.EMERGENCY_CONSULTATION;
            case PHARMACY, CHRONIC_OUTPATIENT, INPATIENT -> null;
        };
    }

    private static List<CatalogItem> pool(MedType type, String diagnosis) {
        return switch (type) {
            case PHARMACY -> Catalog.PHARMACY;
            case GENERAL_OUTPATIENT -> Catalog.OUTPATIENT;
            case EMERGENCY -> Catalog.EMERGENCY;
            case CHRONIC_OUTPATIENT -> Catalog.CHRONIC.get(diagnosis).items();
            case INPATIENT -> throw new IllegalArgumentException("inpatient settlements have no fee lines");
        };
    }

    /** Service prices are regulated; goods sell up to 8 % below the base (never above a price cap). */
    private static long unitPrice(CatalogItem item, SplittableRandom rng) {
        long base = item.basePric4();
        if (CatalogItem.SERVICE.equals(item.listType())) {
            return base;
        }
        long price = base - base * rng.nextInt(801) / Money.FULL_BP;
        // Box prices stay in whole fen; per-gram and per-tablet prices keep 4 decimals.
        return base % 100 == 0 ? Math.max(100, price / 100 * 100) : Math.max(1, price);
    }

    /** The quantity (1/10000 units) whose amount is closest to {@code shareFen}: at least one unit, within the cap. */
    private static long quantity(CatalogItem item, long pric4, long shareFen, SplittableRandom rng) {
        long max = item.maxCnt() * Formats.SCALE4;
        if (CatalogItem.HERBAL.equals(item.listType())) {
            long grams4 = shareFen * 1_000_000L / pric4;
            // Weighed to 0.1 g usually; some scales report 4 decimals.
            long rounded = rng.nextInt(100) < 90 ? (grams4 + 500) / 1000 * 1000 : grams4;
            return Math.min(max, Math.max(Formats.SCALE4, rounded));
        }
        long units = (shareFen * 100 + pric4 / 2) / pric4;
        return Math.min(max, Math.max(1, units) * Formats.SCALE4);
    }

    private static int drawDays(MedType type, CatalogItem item, SplittableRandom rng) {
        if (CatalogItem.HERBAL.equals(item.listType())) {
            return 3 + rng.nextInt(5);
        }
        return switch (type) {
            case PHARMACY -> 7 + rng.nextInt(24);
            case GENERAL_OUTPATIENT -> 3 + rng.nextInt(5);
            case EMERGENCY -> 1 + rng.nextInt(3);
            case CHRONIC_OUTPATIENT -> 28 + rng.nextInt(3); // the monthly refill
            case INPATIENT -> throw new IllegalArgumentException("inpatient settlements have no fee lines");
        };
    }
}
