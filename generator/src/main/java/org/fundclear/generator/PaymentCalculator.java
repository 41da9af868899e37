package org.fundclear.generator;

import java.util.SplittableRandom;

/**
 * Splits a settlement's total cost between the funds, the personal account and cash, following the insured
 * region's policy (参保地政策): a deductible and a ratio on the in-scope part, employees' large-amount subsidy
 * above the pooling cap, residents' critical-illness insurance on large personal shares, and the occasional
 * civil-servant subsidy, medical assistance or other fund. Rates and thresholds are typical values, not a
 * particular region's. Every fund component only ever takes from what the previous ones left of the in-scope
 * part, so fund_pay_sumamt ≤ inscp_scp_amt ≤ medfee_sumamt.
 */
final class PaymentCalculator {

    private static final long EMPLOYEE_POOLING_CAP_FEN = 5_000_000;
    private static final long RESIDENT_POOLING_CAP_FEN = 8_000_000;
    private static final long CRITICAL_ILLNESS_THRESHOLD_FEN = 1_000_000;

    private PaymentCalculator() {
    }

    static Amounts split(MedType type, Person person, Institution institution, long medfee, SplittableRandom rng) {
        boolean employee = person.employee();
        boolean inpatient = type == MedType.INPATIENT;
        long ownpay = Money.share(medfee, ownpayBp(type, rng));
        long preSelfpay = Money.share(medfee, rng.nextInt(inpatient ? 801 : 401)); // 先行自付 of class-B items
        long inscp = medfee - ownpay - preSelfpay;
        long eligible = Math.max(0, inscp - deductibleFen(type, institution));

        long hifp;
        long hifob = 0;
        long hifmi = 0;
        if (inpatient) {
            long pooled = Math.min(eligible, employee ? EMPLOYEE_POOLING_CAP_FEN : RESIDENT_POOLING_CAP_FEN);
            hifp = Money.share(pooled, inpatientRatioBp(employee, institution.hospLv()));
            if (employee) {
                hifob = Money.share(eligible - pooled, 9000);
            }
        } else {
            hifp = Money.share(eligible, outpatientRatioBp(type, employee, rng));
        }
        boolean largeBill = inpatient || type == MedType.CHRONIC_OUTPATIENT;
        if (!employee && largeBill && inscp - hifp > CRITICAL_ILLNESS_THRESHOLD_FEN) {
            hifmi = Money.share(inscp - hifp - CRITICAL_ILLNESS_THRESHOLD_FEN, 6000);
        }
        long left = inscp - hifp - hifob - hifmi;
        long cvlserv = person.civilServant() && type != MedType.PHARMACY
                ? Money.share(left, largeBill ? 5000 : 3000) : 0;
        left -= cvlserv;
        long maf = person.medicalAssistance() && largeBill ? Money.share(left, 5000) : 0;
        left -= maf;
        long oth = inpatient && rng.nextInt(1000) < 5 ? Math.min(left, 5000 + rng.nextLong(45_001)) : 0;

        long fund = hifp + hifob + hifmi + cvlserv + maf + oth;
        long acct = accountPay(type, person, medfee - fund, rng);
        return new Amounts(medfee, ownpay, inscp, hifp, hifmi, hifob, cvlserv, maf, oth, acct);
    }

    /** Fully self-paid items (全自费): common at pharmacies (non-catalogue goods), small elsewhere. */
    private static int ownpayBp(MedType type, SplittableRandom rng) {
        return switch (type) {
            case PHARMACY -> rng.nextInt(100) < 35 ? rng.nextInt(3001) : 0;
            case INPATIENT -> 100 + rng.nextInt(700);
            case GENERAL_OUTPATIENT, EMERGENCY, CHRONIC_OUTPATIENT -> rng.nextInt(100) < 50 ? rng.nextInt(801) : 0;
        };
    }

    /** 起付线 per admission by hospital level; outpatient pooling here has none. */
    private static long deductibleFen(MedType type, Institution institution) {
        if (type != MedType.INPATIENT) {
            return 0;
        }
        return switch (institution.hospLv()) {
            case 1 -> 30_000;
            case 2 -> 60_000;
            default -> 100_000;
        };
    }

    private static int inpatientRatioBp(boolean employee, int hospLv) {
        return switch (hospLv) {
            case 1 -> employee ? 9000 : 8500;
            case 2 -> employee ? 8700 : 7500;
            default -> employee ? 8500 : 6500;
        };
    }

    /** Pharmacy purchases are pooled (门诊统筹) only at some pharmacies and for some drugs. */
    private static int outpatientRatioBp(MedType type, boolean employee, SplittableRandom rng) {
        return switch (type) {
            case GENERAL_OUTPATIENT -> employee ? 6000 : 5000;
            case EMERGENCY -> employee ? 7000 : 6000;
            case CHRONIC_OUTPATIENT -> employee ? 8000 : 7000;
            case PHARMACY -> rng.nextInt(100) < (employee ? 45 : 40) ? 5000 : 0;
            case INPATIENT -> throw new IllegalArgumentException("inpatient ratios depend on the hospital level");
        };
    }

    /**
     * Employees pay much from their personal account, pharmacy purchases often entirely; residents have no
     * account and only use a family member's (家庭共济) now and then.
     */
    private static long accountPay(MedType type, Person person, long rest, SplittableRandom rng) {
        int r = rng.nextInt(100);
        if (person.employee()) {
            if (type == MedType.PHARMACY) {
                return r < 60 ? rest : r < 90 ? rng.nextLong(rest + 1) : 0;
            }
            return r < 55 ? rng.nextLong(rest + 1) : 0;
        }
        return person.householdId() != null && r < 30 ? rng.nextLong(rest / 2 + 1) : 0;
    }
}
