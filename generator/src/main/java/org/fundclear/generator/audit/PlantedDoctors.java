package org.fundclear.generator.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * DOCTOR_OVERPRESCRIBING: a doctor at one of Kunming's busiest hospitals whose general-outpatient settlements cost
 * about three times its peers' (580–760 yuan; the generated general visits' median is about 230): every visit
 * bills an inhaler and three more long-term drugs for a week, four drug lines where peers write one or two.
 * Supplies stay at 7 days, the general-outpatient limit, so the patients break no rule: only the doctor's pattern
 * shows. Each visit is a new planted patient, on a day of its own.
 */
final class PlantedDoctors {
    /**
     * "A few doctors": the generated months have about 1,200 prescribing doctors whatever their size, so more
     * planted ones would stop being rare.
     */
    static final int MAX_DOCTORS = 8;
    private static final PlantedLine CONSULTATION = PlantedLine.service("001101000010000", "一般诊疗费", "1", "10.00");
    private static final List<String> INSURED = List.of("510100", "440100", "530300", "532900");
    private static final String[] SURNAMES = {"孙", "马", "朱", "胡", "郭", "何", "高", "林"};
    private static final String[] GIVEN = {"桂英", "文华", "淑珍", "志明", "春梅", "德胜", "秀兰", "军"};

    private final SplittableRandom rng;
    private final YearMonth month;
    private final PlantedFiles out;
    private int patients;

    private PlantedDoctors(SplittableRandom rng, YearMonth month, PlantedFiles out) {
        this.rng = rng;
        this.month = month;
        this.out = out;
    }

    /**
     * Plants {@code count} doctors, at most {@link #MAX_DOCTORS}, at the first (busiest) hospitals of
     * {@code institutions}, each with a truth row.
     */
    static void plant(PlantedFiles out, YearMonth month, List<PlantedInstitution> institutions, long seed, int count) {
        List<PlantedInstitution> hospitals = institutions.stream().filter(i -> i.kind().equals("HOSPITAL")).toList();
        if (hospitals.isEmpty()) {
            throw new IllegalStateException("no hospital to plant doctors at");
        }
        PlantedDoctors planter = new PlantedDoctors(new SplittableRandom(seed ^ 0x446F63746F72L), month, out);
        for (int i = 0; i < Math.min(count, MAX_DOCTORS); i++) {
            PlantedInstitution at = hospitals.get(i % Math.min(3, hospitals.size()));
            planter.overprescribing(at, "D" + at.code().substring(1) + "-P" + (i + 1));
        }
    }

    private void overprescribing(PlantedInstitution at, String doctor) {
        List<Integer> days = new ArrayList<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            days.add(d);
        }
        int visits = 8 + rng.nextInt(4);
        for (int v = 0; v < visits; v++) {
            LocalDate day = month.atDay(days.remove(rng.nextInt(days.size())));
            out.outpatient(patient(), at, "11", day.atTime(8 + rng.nextInt(9), rng.nextInt(60)), "I10", doctor, List.of(
                    CONSULTATION,
                    PlantedLine.drug("XR03AKB085L020010100033", "布地奈德福莫特罗吸入粉雾剂", "2", "198.00", 7),
                    PlantedLine.drug("XB01ACL079A001010100014", "氯吡格雷片", count(2, 4), "30.20", 7),
                    PlantedLine.drug("XC10AAA083A001010100301", "阿托伐他汀钙片", count(2, 4), "24.70", 7),
                    PlantedLine.drug("ZA12EAF0045010104021", "复方丹参滴丸", count(2, 4), "32.60", 7)));
        }
        out.truth(new TruthRow("DOCTOR", doctor, "FRAUD", "DOCTOR_OVERPRESCRIBING", "MODEL"));
    }

    private String count(int min, int max) {
        return Integer.toString(min + rng.nextInt(max - min + 1));
    }

    /** A new adult patient with a filing; psn_no marked "8" (the pattern planter's own persons are "9"). */
    private PlantedPerson patient() {
        int n = ++patients;
        int gend = 1 + rng.nextInt(2);
        String insured = INSURED.get(rng.nextInt(INSURED.size()));
        LocalDate brdy = month.atDay(1).minusYears(35 + rng.nextInt(40)).minusDays(1 + rng.nextInt(300));
        String certno = insured + brdy.toString().replace("-", "") + String.format("%03d", n % 1000) + gend;
        String name = SURNAMES[rng.nextInt(SURNAMES.length)] + GIVEN[rng.nextInt(GIVEN.length)];
        PlantedPerson p = new PlantedPerson(insured + "8" + String.format("%013d", n), certno, name, gend, brdy,
                insured, PatternPlanter.TREATMENT, null, null);
        out.person(p);
        return p;
    }
}
