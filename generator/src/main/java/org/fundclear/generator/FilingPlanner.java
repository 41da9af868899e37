package org.fundclear.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Gives most persons a filing valid for every settlement the month can contain (the month itself, late records
 * from the previous month and inpatient stays that began before). Type and destination depend only on the person;
 * temporary filings are dated around the month (a temporary filing lasts at least six months).
 */
final class FilingPlanner {

    private static final long SALT = 0x46696C696E67L;
    private static final int WITHOUT_FILING_PCT = 8;
    private static final LocalDate LONG_TERM_FROM = LocalDate.of(2016, 1, 1);
    private static final int LONG_TERM_SPAN_DAYS =
            (int) ChronoUnit.DAYS.between(LONG_TERM_FROM, LocalDate.of(2020, 6, 30));
    private static final LocalDate AGE_REFERENCE = LocalDate.of(2020, 1, 1);

    private static final String RETIRED_RELOCATED = "RETIRED_RELOCATED";
    private static final String LONG_TERM_RESIDENT = "LONG_TERM_RESIDENT";
    private static final String STATIONED_WORKER = "STATIONED_WORKER";

    private record TypeWeight(String type, int weight) {
    }

    /** Types for persons who are neither retirees nor workers stationed away. */
    private static final Weighted<TypeWeight> OTHER_TYPES = Weighted.of(List.of(
            new TypeWeight(LONG_TERM_RESIDENT, 50), new TypeWeight("TEMPORARY", 20),
            new TypeWeight("REFERRAL", 20), new TypeWeight("EMERGENCY", 10)), TypeWeight::weight);

    private final long seed;
    /** Before the earliest admission the month can contain: previous month minus a 20-day stay. */
    private final LocalDate earliestNeeded;
    private final LocalDate lastNeeded;

    FilingPlanner(long seed, YearMonth month) {
        this.seed = seed;
        this.earliestNeeded = month.minusMonths(1).atDay(1).minusDays(21);
        this.lastNeeded = month.atEndOfMonth();
    }

    /** Whether {@code filing} is valid for every settlement the month can contain, so it needs no renewal. */
    boolean covers(Filing filing) {
        return !filing.begndate().isAfter(earliestNeeded)
                && (filing.enddate() == null || !filing.enddate().isBefore(lastNeeded));
    }

    Optional<Filing> filingFor(Person person) {
        SplittableRandom rng = Seeds.random(seed ^ SALT, person.index());
        // Only care inside the insured province goes without: several provinces dropped in-province filing.
        // Cross-province care always has one, so that share is the background's only R27 (备案不符) hits.
        if (rng.nextInt(100) < WITHOUT_FILING_PCT && person.insured().sameProvinceAs(person.treatment())) {
            return Optional.empty();
        }
        String type = type(person, rng);
        String dest = rng.nextInt(100) < 30 ? person.treatment().provAdmdvs() : person.treatment().admdvs();
        LocalDate begndate;
        LocalDate enddate;
        if (isLongTerm(type)) {
            begndate = LONG_TERM_FROM.plusDays(rng.nextInt(LONG_TERM_SPAN_DAYS + 1));
            enddate = null;
        } else {
            begndate = earliestNeeded.minusDays(rng.nextInt(100));
            enddate = begndate.plusDays(183 + rng.nextInt(181));
        }
        return Optional.of(new Filing(person.psnNo(), type, person.insured().admdvs(), dest, begndate, enddate));
    }

    private static String type(Person person, SplittableRandom rng) {
        int age = person.ageOn(AGE_REFERENCE);
        int r = rng.nextInt(100);
        if (person.employee() && age >= 60 && r < 70) {
            return RETIRED_RELOCATED;
        }
        if (person.employee() && age < 60 && r < 50) {
            return STATIONED_WORKER;
        }
        return OTHER_TYPES.draw(rng).type();
    }

    private static boolean isLongTerm(String type) {
        return type.equals(RETIRED_RELOCATED) || type.equals(LONG_TERM_RESIDENT) || type.equals(STATIONED_WORKER);
    }
}
