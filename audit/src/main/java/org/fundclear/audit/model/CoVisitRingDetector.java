package org.fundclear.audit.model;

import static org.fundclear.sql.jooq.Tables.PERSON;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fundclear.audit.scope.AuditScope;
import org.fundclear.audit.scope.AuditVisits;
import org.fundclear.audit.scope.StringPool;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.audit.finding.Finding;
import org.fundclear.audit.finding.SubjectType;
import org.fundclear.sql.LargeResults;
import org.jooq.Record;

/**
 * M-RING 团伙: persons who settle at the same institution on the same day on at least {@code minDays} distinct days
 * of the look-back window, kept only when that beats a null model, then joined into connected components.
 *
 * <p>Null model: each person's visit days at the institution are a random subset of the window's active days
 * (days with any settlement anywhere: an institution could be visited on any of them, and a clinic that is only
 * busy on the ring's days must not make the ring look ordinary); the overlap of two such sets is hypergeometric. A pair is kept when its tail probability times the number of
 * candidate pairs at that institution (Bonferroni: a busy hospital has many pairs, so chance overlaps are
 * expected there) is below {@code alpha}. Only persons with {@code minDays} visit days at an institution can
 * form a pair, which keeps big buckets small; members of one household are not paired (families visit
 * together); scheduled chronic care (med_type 14, e.g. dialysis shifts) is left out.
 */
public final class CoVisitRingDetector implements Detector {
    private static final String OUTPATIENT =
            "(s.med_type IN ('11','12','13','16','41') OR s.med_type LIKE '99%')";

    private final int windowDays;
    private final int minDays;
    private final double alpha;
    private final int minRingSize;
    private final RingStore store = new RingStore(Clock.systemUTC());

    public CoVisitRingDetector(int windowDays, int minDays, double alpha, int minRingSize) {
        this.windowDays = windowDays;
        this.minDays = minDays;
        this.alpha = alpha;
        this.minRingSize = minRingSize;
    }

    public CoVisitRingDetector() {
        this(90, 3, 0.01, 3);
    }

    @Override
    public String id() {
        return "M-RING";
    }

    private record Visit(String setlId, BigDecimal amount, String day) {
    }

    /** A person's visit days at one institution. */
    private static final class Attendance {
        final String psn;
        final Map<String, Visit> byDay = new TreeMap<>();
        String household;

        Attendance(String psn) {
            this.psn = psn;
        }
    }

    /** Households of the candidates. */
    private static void households(AuditScope scope, Map<String, Map<String, Attendance>> byInstitution) {
        Map<String, List<Attendance>> byPerson = new HashMap<>();
        byInstitution.values().forEach(people -> people.values().forEach(
                a -> byPerson.computeIfAbsent(a.psn, k -> new ArrayList<>()).add(a)));
        for (Record r : PersonRegister.of(scope.dsl(), byPerson.keySet(), PERSON.PSN_NO, PERSON.HOUSEHOLD_ID)) {
            String household = r.get(PERSON.HOUSEHOLD_ID);
            if (household != null) {
                byPerson.get(r.get(PERSON.PSN_NO)).forEach(a -> a.household = household);
            }
        }
    }

    /**
     * The (person, institution) pairs with at least {@code minDays} visit days, from a streamed scan of the window;
     * {@code dayIndex} numbers the window's active days. Each pair is a key of shared strings and its days a bare
     * bit array: with a concatenated "psn|institution" key and a BitSet each, the pairs of a million-settlement
     * month's window weighed about twice as much. They and the pool are dropped when this returns.
     */
    private Set<PersonAt> candidates(AuditScope scope, String where, Object[] window, Map<String, Integer> dayIndex) {
        Map<PersonAt, long[]> daysOfPair = new HashMap<>();
        StringPool pool = new StringPool();
        LargeResults.forEach(scope.dsl(), "SELECT s.fixmedins_code, s.psn_no,"
                + " TO_CHAR(s.setl_time, 'YYYY-MM-DD') FROM settlement s" + where, window, r -> {
                    int day = dayIndex.computeIfAbsent(r.get(2, String.class), k -> dayIndex.size());
                    daysOfPair.compute(new PersonAt(pool.of(r.get(1, String.class)), pool.of(r.get(0, String.class))),
                            (pair, days) -> withDay(days, day));
                });
        Set<PersonAt> candidates = new HashSet<>();
        daysOfPair.forEach((pair, days) -> {
            if (Arrays.stream(days).map(Long::bitCount).sum() >= minDays) {
                candidates.add(pair);
            }
        });
        return candidates;
    }

    /** A person at an institution. */
    private record PersonAt(String psn, String institution) {
    }

    /** {@code days} (a bit per day index, grown as needed) with {@code day} set. */
    private static long[] withDay(long[] days, int day) {
        long[] bits = days == null || days.length <= day >> 6 ? Arrays.copyOf(days == null ? new long[0] : days,
                (day >> 6) + 1) : days;
        bits[day >> 6] |= 1L << day;
        return bits;
    }

    private record Edge(String a, String b, String institution, int coDays, double expected, double adjustedP) {
    }

    @Override
    public boolean readsMonthSnapshot() {
        return false;
    }

    @Override
    public List<Finding> detect(AuditScope scope) {
        scope.prepareLookBack();
        Object[] window = {scope.windowStart(windowDays), scope.monthEndExclusive(), scope.firstCycleMonth(windowDays)};
        String where = " WHERE s.setl_time >= ? AND s.setl_time < ? AND s.cycle_month >= ? AND " + OUTPATIENT
                + " AND " + AuditVisits.LIVE;
        // Two streamed scans: the first counts each (person, institution)'s visit days in a bit set per pair and
        // gives the candidates (a GROUP BY with COUNT(DISTINCT day) cost H2 several times more); the second keeps
        // the candidates' visits (joining them back in SQL makes H2 re-run the grouping per row).
        Map<String, Integer> dayIndex = new HashMap<>();
        Set<PersonAt> candidates = candidates(scope, where, window, dayIndex);
        int activeDays = dayIndex.size();
        Map<String, Map<String, Attendance>> byInstitution = new HashMap<>();
        LargeResults.forEach(scope.dsl(), "SELECT s.fixmedins_code, s.psn_no,"
                + " TO_CHAR(s.setl_time, 'YYYY-MM-DD'), s.setl_id, s.fund_pay_sumamt + s.acct_pay FROM settlement s" + where,
                window, r -> {
                    String institution = r.get(0, String.class);
                    String psn = r.get(1, String.class);
                    if (candidates.contains(new PersonAt(psn, institution))) {
                        String day = r.get(2, String.class);
                        Visit visit = new Visit(r.get(3, String.class), r.get(4, BigDecimal.class), day);
                        // The day's first settlement id stands for the day, whatever order the rows came in.
                        byInstitution.computeIfAbsent(institution, k -> new TreeMap<>())
                                .computeIfAbsent(psn, Attendance::new).byDay
                                .merge(day, visit, (x, y) -> x.setlId().compareTo(y.setlId()) <= 0 ? x : y);
                    }
                });
        households(scope, byInstitution);
        List<Edge> edges = new ArrayList<>();
        for (Map.Entry<String, Map<String, Attendance>> inst : new TreeMap<>(byInstitution).entrySet()) {
            edges.addAll(edges(inst.getKey(), new ArrayList<>(inst.getValue().values()), activeDays));
        }
        List<RingStore.Ring> rings = new ArrayList<>();
        Set<String> paired = new HashSet<>();
        edges.forEach(e -> {
            paired.add(e.a());
            paired.add(e.b());
        });
        Map<String, Set<String>> drugs = paired.isEmpty() ? Map.of() : scope.drugSupply(windowDays).drugsOf(paired);
        List<Finding> findings = findings(edges, byInstitution, drugs, rings);
        store.replace(scope, rings);
        return findings;
    }

    /**
     * The pairs of {@code people} (in person order) kept by the null model. Co-visit days are counted person by
     * person in an int array over the later persons of each day's bucket: the work is the buckets' pair count, as
     * before, but without a hashed key per co-visit.
     */
    private List<Edge> edges(String institution, List<Attendance> people, int days) {
        Map<String, List<Integer>> byDay = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            for (String day : people.get(i).byDay.keySet()) {
                byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> buckets = new HashMap<>();
        byDay.forEach((day, members) -> buckets.put(day, members.stream().mapToInt(Integer::intValue).toArray()));
        int n = people.size();
        int[] coDays = new int[n];
        int[] touched = new int[n];
        double candidatePairs = n * (n - 1L) / 2.0;
        List<Edge> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Attendance a = people.get(i);
            int touchedCount = 0;
            for (String day : a.byDay.keySet()) {
                int[] bucket = buckets.get(day);
                // the bucket holds i itself (ascending); the persons after it are its pairs of that day
                for (int k = Arrays.binarySearch(bucket, i) + 1; k < bucket.length; k++) {
                    if (coDays[bucket[k]]++ == 0) {
                        touched[touchedCount++] = bucket[k];
                    }
                }
            }
            Arrays.sort(touched, 0, touchedCount);
            for (int t = 0; t < touchedCount; t++) {
                int j = touched[t];
                int c = coDays[j];
                coDays[j] = 0;
                Attendance b = people.get(j);
                if (c < minDays || (a.household != null && a.household.equals(b.household))) {
                    continue;
                }
                int n1 = a.byDay.size();
                int n2 = b.byDay.size();
                int open = Math.max(days, Math.max(n1, n2));
                double adjusted = Hypergeometric.upperTail(open, n1, n2, c) * candidatePairs;
                if (adjusted < alpha) {
                    kept.add(new Edge(a.psn, b.psn, institution, c, (double) n1 * n2 / open, adjusted));
                }
            }
        }
        return kept;
    }

    /** Member findings of every ring; each ring's group record is added to {@code rings}. */
    private List<Finding> findings(List<Edge> edges, Map<String, Map<String, Attendance>> byInstitution,
                                   Map<String, Set<String>> drugs, List<RingStore.Ring> rings) {
        Map<String, String> parent = new HashMap<>();
        for (Edge e : edges) {
            union(parent, e.a(), e.b());
        }
        Map<String, Set<String>> components = new TreeMap<>();
        for (String psn : parent.keySet()) {
            components.computeIfAbsent(find(parent, psn), k -> new TreeSet<>()).add(psn);
        }
        List<Finding> findings = new ArrayList<>();
        for (Set<String> members : components.values()) {
            if (members.size() < minRingSize) {
                continue;
            }
            List<Edge> ringEdges = edges.stream().filter(e -> members.contains(e.a())).toList();
            double density = ringEdges.stream().map(e -> e.a() + "|" + e.b()).distinct().count()
                    / (members.size() * (members.size() - 1) / 2.0);
            Set<String> institutions = new TreeSet<>();
            ringEdges.forEach(e -> institutions.add(e.institution()));
            String ringId = "RING-" + members.iterator().next();
            double drugSimilarity = drugSimilarity(members, drugs);
            Map<String, Integer> memberPairs = new TreeMap<>();
            Map<String, BigDecimal> memberAmounts = new TreeMap<>();
            for (String psn : members) {
                Finding finding = memberFinding(psn, members.size(), density, drugSimilarity, institutions, ringId,
                        ringEdges, byInstitution);
                findings.add(finding);
                memberPairs.put(psn, (int) ringEdges.stream().filter(e -> e.a().equals(psn) || e.b().equals(psn)).count());
                memberAmounts.put(psn, finding.volaAmt());
            }
            rings.add(new RingStore.Ring(ringId, memberPairs, memberAmounts, ringEdges.size(), density,
                    ringEdges.stream().mapToInt(Edge::coDays).max().orElse(0),
                    ringEdges.stream().mapToDouble(Edge::adjustedP).min().orElse(1), institutions, drugSimilarity));
        }
        return findings;
    }

    /**
     * Mean Jaccard similarity of the members' drugs over the window, over the pairs where either member obtained
     * any (0 when none did): members buying the same drugs is what organised resale looks like.
     */
    static double drugSimilarity(Set<String> members, Map<String, Set<String>> drugs) {
        List<Set<String>> sets = members.stream().map(m -> drugs.getOrDefault(m, Set.of())).toList();
        double jaccardTotal = 0;
        int pairs = 0;
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                Set<String> union = new HashSet<>(sets.get(i));
                union.addAll(sets.get(j));
                if (!union.isEmpty()) {
                    long shared = sets.get(i).stream().filter(sets.get(j)::contains).count();
                    jaccardTotal += (double) shared / union.size();
                    pairs++;
                }
            }
        }
        return pairs == 0 ? 0 : jaccardTotal / pairs;
    }

    private Finding memberFinding(String psn, int size, double density, double drugSimilarity, Set<String> institutions,
                                  String ringId, List<Edge> ringEdges,
                                  Map<String, Map<String, Attendance>> byInstitution) {
        List<Edge> own = ringEdges.stream().filter(e -> e.a().equals(psn) || e.b().equals(psn)).toList();
        int maxCoDays = own.stream().mapToInt(Edge::coDays).max().orElse(0);
        double expected = own.stream().mapToDouble(Edge::expected).max().orElse(0);
        double bestP = own.stream().mapToDouble(Edge::adjustedP).min().orElse(1);
        List<String> setlIds = new ArrayList<>();
        BigDecimal amount = BigDecimal.ZERO;
        for (String institution : institutions) {
            Attendance a = byInstitution.get(institution).get(psn);
            if (a != null) {
                for (Visit v : a.byDay.values()) {
                    setlIds.add(v.setlId());
                    amount = amount.add(v.amount());
                }
            }
        }
        String text = "团伙就诊疑点（%s）：与组内 %d 人在同一机构同日结算，两两同日最多 %d 天（随机期望 %.1f 天，校正后 p=%.1e，阈值 %d 天且 p<%s），团伙 %d 人、关联密度 %.2f、涉及 %d 家机构、成员药品重合度 %.2f"
                .formatted(ringId, own.size(), maxCoDays, expected, bestP, minDays, alpha, size, density,
                        institutions.size(), drugSimilarity);
        double score = Math.min(1.0, 0.5 + 0.05 * -Math.log10(Math.max(bestP, 1e-10)) + 0.1 * density);
        return new Finding(SubjectType.PERSON, psn, id(), Certainty.SUSPECTED, score, amount, setlIds,
                setlIds.size(), text);
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }

    private static String find(Map<String, String> parent, String x) {
        parent.putIfAbsent(x, x);
        String root = x;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(x, root);
        return root;
    }
}
