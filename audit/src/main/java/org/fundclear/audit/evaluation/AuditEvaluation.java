package org.fundclear.audit.evaluation;

import static org.fundclear.sql.jooq.Tables.AUDIT_CASE;
import static org.fundclear.sql.jooq.Tables.AUDIT_FINDING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Measures a stored audit run against a truth file: recall per pattern, precision@k, AUC-PR, look-alike FPs. */
public final class AuditEvaluation {
    private AuditEvaluation() {
    }

    public static EvaluationReport evaluate(DSLContext dsl, CycleMonth month, List<TruthEntry> truth, int capacity) {
        List<String> ranked = new ArrayList<>();
        Map<String, String> ruleIds = new HashMap<>();
        for (Record r : dsl.select(AUDIT_CASE.SUBJECT_TYPE, AUDIT_CASE.SUBJECT_ID, AUDIT_CASE.RULE_IDS).from(AUDIT_CASE)
                .where(AUDIT_CASE.CYCLE_MONTH.eq(month.toString())).and(AUDIT_CASE.FINDING_COUNT.gt(0L))
                .orderBy(AUDIT_CASE.PRIORITY.desc(), AUDIT_CASE.SUBJECT_TYPE, AUDIT_CASE.SUBJECT_ID).fetch()) {
            String key = r.get(AUDIT_CASE.SUBJECT_TYPE) + ":" + r.get(AUDIT_CASE.SUBJECT_ID);
            ranked.add(key);
            ruleIds.put(key, r.get(AUDIT_CASE.RULE_IDS));
        }
        Map<String, Double> modelScore = new HashMap<>();
        for (Record r : dsl.select(AUDIT_FINDING.SUBJECT_TYPE, AUDIT_FINDING.SUBJECT_ID, AUDIT_FINDING.SCORE)
                .from(AUDIT_FINDING).where(AUDIT_FINDING.CYCLE_MONTH.eq(month.toString()))
                .and(AUDIT_FINDING.RULE_ID.like("M-%")).fetch()) {
            modelScore.merge(r.get(AUDIT_FINDING.SUBJECT_TYPE) + ":" + r.get(AUDIT_FINDING.SUBJECT_ID),
                    r.get(AUDIT_FINDING.SCORE).doubleValue(), Math::max);
        }
        Set<String> flagged = new HashSet<>(ranked);
        Set<String> fraud = new HashSet<>();
        Set<String> lookalikeKeys = new HashSet<>();
        Map<String, int[]> byPattern = new TreeMap<>();
        Map<String, TruthEntry> patternInfo = new HashMap<>();
        int lookalikes = 0;
        int lookalikesFlagged = 0;
        for (TruthEntry t : truth) {
            String key = t.label() + "|" + t.pattern();
            patternInfo.putIfAbsent(key, t);
            int[] counts = byPattern.computeIfAbsent(key, k -> new int[2]);
            counts[0]++;
            if (flagged.contains(t.subjectKey())) {
                counts[1]++;
            }
            if (t.fraud()) {
                fraud.add(t.subjectKey());
            } else {
                lookalikes++;
                lookalikeKeys.add(t.subjectKey());
                lookalikesFlagged += flagged.contains(t.subjectKey()) ? 1 : 0;
            }
        }
        List<PatternRecall> patterns = new ArrayList<>();
        byPattern.forEach((key, c) -> {
            TruthEntry t = patternInfo.get(key);
            patterns.add(new PatternRecall(t.pattern(), t.label(), t.backing(), c[0], c[1]));
        });
        List<String> byModel = modelScore.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        int k = fraud.size();
        List<String> topK = ranked.subList(0, Math.min(k, ranked.size()));
        Map<String, Integer> unlabelledByRule = new TreeMap<>();
        topK.stream().filter(s -> !fraud.contains(s) && !lookalikeKeys.contains(s))
                .forEach(s -> unlabelledByRule.merge(ruleIds.get(s), 1, Integer::sum));
        long modelOnlyUnlabelled = ranked.stream().limit(capacity)
                .filter(s -> !fraud.contains(s) && modelOnly(ruleIds.get(s))).count();
        return new EvaluationReport(patterns, fraud.size(), ranked.size(), precisionAt(ranked, fraud, fraud.size()),
                capacity, precisionAt(ranked, fraud, capacity), averagePrecision(ranked, fraud),
                byModel.isEmpty() ? Double.NaN : averagePrecision(byModel, fraud),
                lookalikes == 0 ? 0 : (double) lookalikesFlagged / lookalikes,
                (int) topK.stream().filter(lookalikeKeys::contains).count(), unlabelledByRule,
                (int) modelOnlyUnlabelled);
    }

    /** A case whose findings all come from models (rule ids M-…), i.e. no rule backs it. */
    static boolean modelOnly(String ruleIds) {
        return ruleIds != null && Arrays.stream(ruleIds.split(",")).allMatch(id -> id.startsWith("M-"));
    }

    static double precisionAt(List<String> ranked, Set<String> positives, int k) {
        if (k == 0) {
            return 0;
        }
        long hits = ranked.stream().limit(k).filter(positives::contains).count();
        return (double) hits / k;
    }

    /** Area under the precision-recall curve as average precision; positives never ranked count as misses. */
    static double averagePrecision(List<String> ranked, Set<String> positives) {
        if (positives.isEmpty()) {
            return 0;
        }
        double sum = 0;
        int hits = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (positives.contains(ranked.get(i))) {
                hits++;
                sum += (double) hits / (i + 1);
            }
        }
        return sum / positives.size();
    }
}
