package org.fundclear.generator.audit;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants labelled audit patterns into a generated month (files beside the month's own, imported the normal way)
 * and writes audit-truth.csv: the planted subjects (FRAUD) and legitimate look-alikes (LOOKALIKE) that must not
 * be flagged. All planted persons are new, insured outside Yunnan and treated in Kunming (530100).
 */
public final class PatternPlanter {
    static final String TREATMENT = "530100";
    private static final List<String> INSURED = List.of("510100", "440100", "530300", "532900");
    private static final String[] SURNAMES = {"李", "王", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"建国", "秀英", "志强", "丽华", "海燕", "国庆", "玉兰", "明", "芳", "伟"};

    private static final PlantedLine CONSULTATION = PlantedLine.service("001101000010000", "一般诊疗费", "1", "10.00");
    private static final String ATORVASTATIN = "XC10AAA083A001010100301";
    private static final String AMLODIPINE = "XC08CAA009A001010200034";

    private final SplittableRandom rng;
    private final YearMonth month;
    private final PlantedFiles out;
    private final List<PlantedInstitution> hospitals;
    private final List<PlantedInstitution> pharmacies;
    private int persons;

    private PatternPlanter(SplittableRandom rng, YearMonth month, PlantedFiles out,
                           List<PlantedInstitution> institutions) {
        this.rng = rng;
        this.month = month;
        this.out = out;
        this.hospitals = institutions.stream().filter(i -> !i.kind().equals("PHARMACY")).toList();
        this.pharmacies = institutions.stream().filter(i -> i.kind().equals("PHARMACY")).toList();
        if (hospitals.size() < 4 || pharmacies.size() < 4) {
            throw new IllegalStateException("institutions.csv lacks hospitals/pharmacies in " + TREATMENT);
        }
    }

    /** Which patterns to plant. */
    public enum PatternSet {
        /** The patterns the audit was built on, with their look-alikes. */
        STANDARD,
        /** The standard ones plus the variants of {@link UnseenPatterns}, on their own random stream. */
        UNSEEN
    }

    public static void plant(Path monthDir, YearMonth month, long seed, int perPattern) throws IOException {
        plant(monthDir, month, seed, perPattern, PatternSet.STANDARD);
    }

    /** Plants {@code perPattern} subjects of each pattern (rings: groups of five) and as many look-alikes. */
    public static void plant(Path monthDir, YearMonth month, long seed, int perPattern, PatternSet set)
            throws IOException {
        List<PlantedInstitution> institutions = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(monthDir.resolve("institutions.csv"))) {
            for (NamedCsvRecord r : reader) {
                if (r.getField("admdvs").equals(TREATMENT)) {
                    institutions.add(new PlantedInstitution(r.getField("fixmedins_code"), TREATMENT,
                            r.getField("kind"), r.getField("hosp_lv")));
                }
            }
        }
        try (PlantedFiles out = new PlantedFiles(monthDir, month)) {
            PatternPlanter planter = new PatternPlanter(new SplittableRandom(seed ^ 0x41756469744CL), month, out,
                    institutions);
            for (int i = 0; i < perPattern; i++) {
                planter.sameDayMultiInstitution();
                planter.pharmacyHoarding();
                planter.sexRestricted(i % 2 == 0);
                planter.ageRestricted(i % 2 == 0);
                planter.afterDeath();
                planter.duringInpatientStay();
                planter.dialysisLookalike();
            }
            for (int i = 0; i < Math.max(1, perPattern / 2); i++) {
                planter.ring();
                planter.institutionCostInflation(i);
                planter.familyLookalike(i);
            }
            planter.bigHospitalLookalike(4 * perPattern);
            PlantedDoctors.plant(out, month, institutions, seed, Math.max(1, perPattern / 2));
            if (set == PatternSet.UNSEEN) {
                UnseenPatterns unseen = new UnseenPatterns(new SplittableRandom(seed ^ 0x556E7365656EL), month, out,
                        PeerVisitCost.read(monthDir, month), planter.hospitals, planter.pharmacies);
                for (int i = 0; i < Math.max(1, perPattern / 2); i++) {
                    unseen.moderateCostInflation(i);
                    unseen.householdSplitHoarding(i);
                    unseen.moderateDoctorExcess(i);
                }
            }
        }
    }

    public static void plant(Path monthDir, YearMonth month, long seed) throws IOException {
        plant(monthDir, month, seed, 8);
    }

    private void sameDayMultiInstitution() {
        PlantedPerson p = person(1 + rng.nextInt(2), 30 + rng.nextInt(40), null, null);
        int first = 1 + rng.nextInt(12);
        for (int day : new int[] {first, first + 7 + rng.nextInt(8)}) {
            LocalDate date = month.atDay(day);
            List<PlantedInstitution> places = distinct(hospitals, 2);
            outpatient(p, places.get(0), date.atTime(9, rng.nextInt(50)));
            outpatient(p, places.get(1), date.atTime(11, rng.nextInt(50)));
            List<PlantedInstitution> shops = distinct(pharmacies, 2);
            pharmacy(p, shops.get(0), date.atTime(14, rng.nextInt(50)),
                    List.of(PlantedLine.drug("ZA01BAG0345010104444", "感冒灵颗粒", "2", "15.80", 4)));
            pharmacy(p, shops.get(1), date.atTime(16, rng.nextInt(50)),
                    List.of(PlantedLine.drug("XM01AEB085E002010100077", "布洛芬缓释胶囊", "2", "11.20", 4)));
        }
        truth(p, "FRAUD", "SAME_DAY_MULTI_INSTITUTION", "RULE");
    }

    private void pharmacyHoarding() {
        PlantedPerson p = person(1 + rng.nextInt(2), 50 + rng.nextInt(25), null, null);
        List<PlantedInstitution> shops = distinct(pharmacies, 3 + rng.nextInt(2));
        int purchases = 7 + rng.nextInt(3);
        for (int i = 0; i < purchases; i++) {
            LocalDate date = month.atDay(1 + i * 3 + rng.nextInt(2));
            pharmacy(p, shops.get(i % shops.size()), date.atTime(10 + rng.nextInt(8), rng.nextInt(60)), List.of(
                    PlantedLine.drug(ATORVASTATIN, "阿托伐他汀钙片", Integer.toString(3 + rng.nextInt(3)), "24.70", 30),
                    PlantedLine.drug(AMLODIPINE, "氨氯地平片", Integer.toString(2 + rng.nextInt(3)), "12.30", 30)));
        }
        truth(p, "FRAUD", "PHARMACY_HOARDING", "RULE");
    }

    private void sexRestricted(boolean maleGetsFemaleDrug) {
        PlantedPerson p = person(maleGetsFemaleDrug ? 1 : 2, 35 + rng.nextInt(30), null, null);
        PlantedLine line = maleGetsFemaleDrug
                ? PlantedLine.drug("XL02BGL034A001010100006", "来曲唑片", "2", "68.50", 30)
                : PlantedLine.drug("XG04CAT009E002010100018", "坦索罗辛缓释胶囊", "2", "38.60", 30);
        pharmacy(p, pick(pharmacies), month.atDay(2 + rng.nextInt(25)).atTime(10, rng.nextInt(60)), List.of(line));
        truth(p, "FRAUD", "SEX_RESTRICTED_ITEM", "RULE");
    }

    private void ageRestricted(boolean elderGetsChildDrug) {
        PlantedPerson p = person(1 + rng.nextInt(2), elderGetsChildDrug ? 68 + rng.nextInt(15) : 8 + rng.nextInt(4),
                null, null);
        PlantedLine line = elderGetsChildDrug
                ? PlantedLine.drug("XN02BEX032N001020100052", "小儿氨酚黄那敏颗粒", "3", "9.50", 5)
                : PlantedLine.drug("XM05BAA046A001010100008", "阿仑膦酸钠片", "2", "28.40", 30);
        pharmacy(p, pick(pharmacies), month.atDay(2 + rng.nextInt(25)).atTime(15, rng.nextInt(60)), List.of(line));
        truth(p, "FRAUD", "AGE_RESTRICTED_ITEM", "RULE");
    }

    private void afterDeath() {
        LocalDate death = month.atDay(1).minusDays(rng.nextInt(60));
        PlantedPerson p = person(1 + rng.nextInt(2), 70 + rng.nextInt(15), death, null);
        for (int i = 0; i < 2 + rng.nextInt(2); i++) {
            pharmacy(p, pick(pharmacies), month.atDay(3 + 8 * i + rng.nextInt(5)).atTime(9 + rng.nextInt(9), 5),
                    List.of(PlantedLine.drug(AMLODIPINE, "氨氯地平片", "2", "12.30", 30)));
        }
        truth(p, "FRAUD", "SETTLEMENT_AFTER_DEATH", "RULE");
    }

    private void duringInpatientStay() {
        PlantedPerson p = person(1 + rng.nextInt(2), 45 + rng.nextInt(30), null, null);
        LocalDate admission = month.atDay(3 + rng.nextInt(5));
        LocalDate discharge = admission.plusDays(10 + rng.nextInt(6));
        PlantedInstitution hospital = hospitals.get(0);
        out.inpatient(p, hospital, admission, discharge, new BigDecimal(8000 + rng.nextInt(6000) + ".00"));
        outpatient(p, hospitals.get(1 + rng.nextInt(hospitals.size() - 1)), admission.plusDays(3).atTime(10, 20));
        pharmacy(p, pick(pharmacies), admission.plusDays(6).atTime(16, 40),
                List.of(PlantedLine.drug(ATORVASTATIN, "阿托伐他汀钙片", "2", "24.70", 30)));
        truth(p, "FRAUD", "OUTPATIENT_DURING_STAY", "RULE");
    }

    /** A new level-2 hospital billing about four times its peers per general visit (CT, MRI and labs every time). */
    private void institutionCostInflation(int index) {
        PlantedInstitution h = new PlantedInstitution("HP" + TREATMENT + String.format("%04d", index), TREATMENT,
                "HOSPITAL", "2");
        out.institution(h, "昆明仁和医院" + (index + 1) + "分院");
        for (int i = 0; i < 20; i++) {
            PlantedPerson p = person(1 + rng.nextInt(2), 20 + rng.nextInt(60), null, null);
            List<PlantedLine> lines = List.of(CONSULTATION,
                    PlantedLine.service("002501010010000", "血常规", "1", "20.00"),
                    PlantedLine.service("002503050010000", "C反应蛋白测定", "1", "30.00"),
                    PlantedLine.service("002202020010000", "彩色多普勒超声", "1", "120.00"),
                    PlantedLine.service("002203010010000", "胸部CT平扫", "1", "260.00"),
                    PlantedLine.service("002204010010000", "磁共振平扫", "1", "480.00"),
                    PlantedLine.drug("XJ01DDT054E001010100065", "头孢克肟胶囊", "2", "26.50", 6));
            out.outpatient(p, h, "11", month.atDay(1 + rng.nextInt(28)).atTime(8 + rng.nextInt(9), rng.nextInt(60)),
                    "J06.9", "D" + h.code() + "01", lines);
        }
        out.truth(new TruthRow("INSTITUTION", h.code(), "FRAUD", "INSTITUTION_COST_INFLATION", "MODEL"));
        // Its one doctor bills every inflated visit, so a doctor-level flag on them is a true find, not noise.
        out.truth(new TruthRow("DOCTOR", "D" + h.code() + "01", "FRAUD", "INSTITUTION_COST_INFLATION", "MODEL"));
    }

    /** Five persons who visit one clinic together on five days (a 团伙 working the same cards). */
    private void ring() {
        PlantedInstitution clinic = pick(hospitals);
        List<PlantedPerson> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(person(1 + rng.nextInt(2), 25 + rng.nextInt(50), null, null));
        }
        for (int d = 0; d < 5; d++) {
            LocalDateTime start = month.atDay(2 + d * 5 + rng.nextInt(4)).atTime(9 + rng.nextInt(6), 0);
            for (int m = 0; m < members.size(); m++) {
                // the ring's point: each visit also bills drugs that can be resold
                out.outpatient(members.get(m), clinic, "11", start.plusMinutes(7L * m + rng.nextInt(5)), "I10",
                        "D" + clinic.code() + "01", List.of(CONSULTATION, PlantedLine.drug(ATORVASTATIN,
                                "阿托伐他汀钙片", Integer.toString(2 + rng.nextInt(2)), "24.70", 7)));
            }
        }
        members.forEach(p -> truth(p, "FRAUD", "CO_VISIT_RING", "MODEL"));
    }

    /** Haemodialysis three times a week: 12–13 chronic-disease visits a month, all legitimate. */
    private void dialysisLookalike() {
        PlantedPerson p = person(1 + rng.nextInt(2), 45 + rng.nextInt(30), null, null);
        PlantedInstitution hospital = hospitals.get(rng.nextInt(2));
        boolean monday = rng.nextBoolean();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            DayOfWeek w = d.getDayOfWeek();
            boolean session = monday ? w == DayOfWeek.MONDAY || w == DayOfWeek.WEDNESDAY || w == DayOfWeek.FRIDAY
                    : w == DayOfWeek.TUESDAY || w == DayOfWeek.THURSDAY || w == DayOfWeek.SATURDAY;
            if (session) {
                out.outpatient(p, hospital, "14", d.atTime(monday ? 8 : 13, rng.nextInt(30)), "N18.5", null, List.of(
                        PlantedLine.service("003105010010000", "血液透析", "1", "420.00"),
                        PlantedLine.drug("XB03XAC066B002010100010", "重组人促红素注射液", "1", "98.00", 3)));
            }
        }
        truth(p, "LOOKALIKE", "DIALYSIS", "RULE");
    }

    /** A household of four visiting the same clinic together on three days. */
    private void familyLookalike(int index) {
        String household = "HHP" + month.toString().replace("-", "") + index;
        PlantedInstitution clinic = pick(hospitals);
        List<PlantedPerson> family = List.of(person(1, 40, null, household), person(2, 38, null, household),
                person(1, 12, null, household), person(2, 9, null, household));
        for (int d = 0; d < 3; d++) {
            LocalDateTime start = month.atDay(3 + d * 8 + rng.nextInt(5)).atTime(18, 0);
            for (int m = 0; m < family.size(); m++) {
                outpatient(family.get(m), clinic, start.plusMinutes(10L * m));
            }
        }
        family.forEach(p -> truth(p, "LOOKALIKE", "FAMILY_VISITS", "MODEL"));
    }

    /**
     * Patients of a busy hospital's weekly clinic: each comes on three or four of its clinic days, so many pairs
     * meet there on three days by chance alone.
     */
    private void bigHospitalLookalike(int count) {
        PlantedInstitution hospital = hospitals.get(0);
        List<LocalDate> clinicDays = new ArrayList<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.TUESDAY || d.getDayOfWeek() == DayOfWeek.THURSDAY) {
                clinicDays.add(d);
            }
        }
        for (int i = 0; i < count; i++) {
            PlantedPerson p = person(1 + rng.nextInt(2), 30 + rng.nextInt(50), null, null);
            for (LocalDate d : distinct(clinicDays, 3 + rng.nextInt(2))) {
                outpatient(p, hospital, d.atTime(8 + rng.nextInt(9), rng.nextInt(60)));
            }
            truth(p, "LOOKALIKE", "BIG_HOSPITAL_CO_VISITS", "MODEL");
        }
    }

    private void outpatient(PlantedPerson p, PlantedInstitution at, LocalDateTime time) {
        out.outpatient(p, at, "11", time, "J06.9", "D" + at.code() + "0" + (1 + rng.nextInt(3)), List.of(CONSULTATION,
                PlantedLine.drug("XJ01CAA040E001010100123", "阿莫西林胶囊", Integer.toString(1 + rng.nextInt(2)),
                        "8.60", 3 + rng.nextInt(3))));
    }

    private void pharmacy(PlantedPerson p, PlantedInstitution at, LocalDateTime time, List<PlantedLine> lines) {
        out.outpatient(p, at, "41", time, "I10", null, lines);
    }

    private PlantedPerson person(int gend, int age, LocalDate death, String household) {
        int n = ++persons;
        String insured = INSURED.get(rng.nextInt(INSURED.size()));
        LocalDate brdy = month.atDay(1).minusYears(age).minusDays(1 + rng.nextInt(300));
        String certno = insured + brdy.toString().replace("-", "") + String.format("%03d", n % 1000)
                + (gend == 1 ? "1" : "2");
        String name = SURNAMES[rng.nextInt(SURNAMES.length)] + GIVEN[rng.nextInt(GIVEN.length)];
        PlantedPerson p = new PlantedPerson(insured + "9" + String.format("%013d", n), certno.substring(0, 18), name,
                gend, brdy, insured, TREATMENT, death, household);
        out.person(p);
        return p;
    }

    private void truth(PlantedPerson p, String label, String pattern, String backing) {
        out.truth(new TruthRow("PERSON", p.psnNo(), label, pattern, backing));
    }

    private <T> T pick(List<T> list) {
        return list.get(rng.nextInt(list.size()));
    }

    private <T> List<T> distinct(List<T> list, int count) {
        List<T> copy = new ArrayList<>(list);
        List<T> chosen = new ArrayList<>();
        for (int i = 0; i < count && !copy.isEmpty(); i++) {
            chosen.add(copy.remove(rng.nextInt(copy.size())));
        }
        return chosen;
    }
}
