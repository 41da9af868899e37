package org.fundclear.generator.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Variants of the planted patterns the detectors were not built on (planted with {@code --patterns unseen}):
 * <ul>
 * <li>MODERATE_COST_INFLATION: a level-2 hospital whose general visits cost 30–60 % more than its peers' (the
 * month's own median), over 40–80 visits of an ordinary mix (consultation, a test or two, drugs): no single visit
 * stands out, only the consistent excess;</li>
 * <li>HOUSEHOLD_SPLIT_HOARDING: a household of three whose members each buy a 30-day statin three times in the
 * month at two or three pharmacies, so no member reaches R07's 1.5 nor R20, only the household's sum shows;</li>
 * <li>MODERATE_DOCTOR_EXCESS (held out: measured only at the end, never tuned on): a doctor at a busy hospital
 * whose 20–30 visits cost 40–60 % more than the level's median.</li>
 * </ul>
 * Persons are new (psn_no marked "7"), insured outside Yunnan, treated in Kunming.
 */
final class UnseenPatterns {
    private static final List<String> INSURED = List.of("510100", "440100", "530300", "532900");
    private static final String[] SURNAMES = {"罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯"};
    private static final String[] GIVEN = {"红梅", "建华", "小红", "永强", "桂兰", "文", "晓东", "丽"};
    private static final PlantedLine CONSULTATION = PlantedLine.service("001101000010000", "一般诊疗费", "1", "10.00");
    /** An ordinary general visit's optional items: tests, imaging and short courses of common drugs. */
    private static final List<PlantedLine> ITEMS = List.of(
            PlantedLine.service("002501010010000", "血常规", "1", "20.00"),
            PlantedLine.service("002503050010000", "C反应蛋白测定", "1", "30.00"),
            PlantedLine.service("002202020010000", "彩色多普勒超声", "1", "120.00"),
            PlantedLine.service("002203010010000", "胸部CT平扫", "1", "260.00"),
            PlantedLine.service("002204010010000", "磁共振平扫", "1", "480.00"),
            PlantedLine.drug("XJ01DDT054E001010100065", "头孢克肟胶囊", "1", "26.50", 6),
            PlantedLine.drug("ZA01BAG0345010104444", "感冒灵颗粒", "1", "15.80", 4));
    private static final PlantedLine AMOXICILLIN = PlantedLine.drug("XJ01CAA040E001010100123", "阿莫西林胶囊", "1",
            "8.60", 5);
    private static final String ATORVASTATIN = "XC10AAA083A001010100301";

    private final SplittableRandom rng;
    private final YearMonth month;
    private final PlantedFiles out;
    private final PeerVisitCost peers;
    private final List<PlantedInstitution> hospitals;
    private final List<PlantedInstitution> pharmacies;
    private int persons;

    UnseenPatterns(SplittableRandom rng, YearMonth month, PlantedFiles out, PeerVisitCost peers,
                   List<PlantedInstitution> hospitals, List<PlantedInstitution> pharmacies) {
        this.rng = rng;
        this.month = month;
        this.out = out;
        this.peers = peers;
        this.hospitals = hospitals;
        this.pharmacies = pharmacies;
    }

    void moderateCostInflation(int index) {
        PlantedInstitution h = new PlantedInstitution("HU" + PatternPlanter.TREATMENT + String.format("%04d", index),
                PatternPlanter.TREATMENT, "HOSPITAL", "2");
        out.institution(h, "昆明康泰医院" + (index + 1) + "院区");
        double excess = 1.3 + 0.3 * rng.nextDouble();
        String doctor = "D" + h.code() + "01";
        int visits = 40 + rng.nextInt(41);
        for (int v = 0; v < visits; v++) {
            visit(h, doctor, excess * peers.medianYuan("2"));
        }
        out.truth(new TruthRow("INSTITUTION", h.code(), "FRAUD", "MODERATE_COST_INFLATION", "MODEL"));
        out.truth(new TruthRow("DOCTOR", doctor, "FRAUD", "MODERATE_COST_INFLATION", "MODEL"));
    }

    void moderateDoctorExcess(int index) {
        PlantedInstitution at = hospitals.get(index % Math.min(3, hospitals.size()));
        String doctor = "D" + at.code().substring(1) + "-M" + (index + 1);
        double excess = 1.4 + 0.2 * rng.nextDouble();
        int visits = 20 + rng.nextInt(11);
        for (int v = 0; v < visits; v++) {
            visit(at, doctor, excess * peers.medianYuan(at.hospLv()));
        }
        out.truth(new TruthRow("DOCTOR", doctor, "FRAUD", "MODERATE_DOCTOR_EXCESS", "MODEL"));
    }

    void householdSplitHoarding(int index) {
        String household = "HHU" + month.toString().replace("-", "") + index;
        List<PlantedInstitution> shops = distinct(pharmacies, 3);
        for (int m = 0; m < 3; m++) {
            PlantedPerson p = person(household);
            for (int i = 0; i < 3; i++) {
                LocalDate day = month.atDay(1 + 9 * i + rng.nextInt(8));
                out.outpatient(p, shops.get((m + i) % shops.size()), "41", day.atTime(9 + rng.nextInt(10),
                        rng.nextInt(60)), "I10", null, List.of(PlantedLine.drug(ATORVASTATIN, "阿托伐他汀钙片",
                        Integer.toString(3 + rng.nextInt(2)), "24.70", 30)));
            }
            out.truth(new TruthRow("PERSON", p.psnNo(), "FRAUD", "HOUSEHOLD_SPLIT_HOARDING", "MODEL"));
        }
    }

    /** One visit by a new patient whose cost is log-normal around {@code medianYuan}, like any visit's. */
    private void visit(PlantedInstitution at, String doctor, double medianYuan) {
        double target = medianYuan * Math.exp(0.4 * gaussian());
        List<PlantedLine> lines = new ArrayList<>(List.of(CONSULTATION));
        BigDecimal total = CONSULTATION.amount();
        List<PlantedLine> optional = new ArrayList<>(ITEMS);
        while (!optional.isEmpty()) {
            PlantedLine item = optional.remove(rng.nextInt(optional.size()));
            // added when it brings the visit nearer its target, so visits centre on it rather than fall short
            if (Math.abs(total.add(item.amount()).doubleValue() - target) < Math.abs(total.doubleValue() - target)) {
                lines.add(item);
                total = total.add(item.amount());
            }
        }
        long boxes = Math.max(1, Math.min(6, Math.round((target - total.doubleValue()) / 8.60)));
        lines.add(new PlantedLine(AMOXICILLIN.listType(), AMOXICILLIN.code(), AMOXICILLIN.name(),
                BigDecimal.valueOf(boxes), AMOXICILLIN.pric(), AMOXICILLIN.daysSupply()));
        LocalDate day = month.atDay(1 + rng.nextInt(month.lengthOfMonth()));
        out.outpatient(person(null), at, "11", day.atTime(8 + rng.nextInt(9), rng.nextInt(60)), "J06.9", doctor, lines);
    }

    private PlantedPerson person(String household) {
        int n = ++persons;
        int gend = 1 + rng.nextInt(2);
        String insured = INSURED.get(rng.nextInt(INSURED.size()));
        LocalDate brdy = month.atDay(1).minusYears(30 + rng.nextInt(45)).minusDays(1 + rng.nextInt(300));
        String certno = insured + brdy.toString().replace("-", "") + String.format("%03d", n % 1000) + gend;
        String name = SURNAMES[rng.nextInt(SURNAMES.length)] + GIVEN[rng.nextInt(GIVEN.length)];
        PlantedPerson p = new PlantedPerson(insured + "7" + String.format("%013d", n), certno, name, gend, brdy,
                insured, PatternPlanter.TREATMENT, null, household);
        out.person(p);
        return p;
    }

    private double gaussian() {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
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
