package org.fundclear.audit.casework;

import static org.fundclear.sql.jooq.Tables.AUDIT_CASE;
import static org.fundclear.sql.jooq.Tables.AUDIT_DEDUCTION;
import static org.fundclear.sql.jooq.Tables.AUDIT_VERDICT;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundclear.audit.finding.SubjectType;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.sql.jooq.tables.records.AuditCaseRecord;
import org.jooq.DSLContext;

/**
 * Applies a verdicts file (spec verdicts CSV): decisions taken outside the console, e.g. an on-site inspection's
 * results, as the 违规处理 decision of a supervisor. Each case is applied in its own transaction through the same
 * workflow, checks and trail as the console; a case any of whose rows breaks a rule is not applied at all and each
 * of its rows is reported with its line and reason; a row repeating a decision already applied changes nothing.
 */
public final class VerdictFile {
    static final List<String> COLUMNS = List.of("subject_type", "subject_id", "verdict", "reason_code", "setl_id",
            "deduction_amt", "comment");

    private VerdictFile() {
    }

    /** A data row of the file. */
    private record Row(long line, String subjectType, String subjectId, String verdict, String reasonCode,
                       String setlId, String amount, String comment) {
    }

    /**
     * @throws IllegalArgumentException when the file cannot be read as a verdicts file at all (a missing column,
     *                                  not CSV): nothing is applied
     */
    public static VerdictImport apply(DSLContext dsl, CaseWork work, Actor supervisor, CycleMonth month, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String sha256 = Attachment.of(file.getFileName().toString(), bytes).sha256();
        List<Row> rows = parse(file, bytes);
        Map<String, List<Row>> byCase = new LinkedHashMap<>();
        rows.forEach(r -> byCase.computeIfAbsent(r.subjectType() + ":" + r.subjectId(), k -> new ArrayList<>()).add(r));
        List<VerdictImport.Reject> rejects = new ArrayList<>();
        long cases = 0;
        long applied = 0;
        long repeats = 0;
        String note = "verdicts file " + file.getFileName() + " (SHA-256 " + sha256 + ")";
        for (List<Row> group : byCase.values()) {
            Map<Row, String> refused = new LinkedHashMap<>();
            Outcome outcome = dsl.transactionResult(tx -> applyCase(tx.dsl(), work, supervisor, month, group, note,
                    refused));
            if (!refused.isEmpty()) {
                Row first = refused.keySet().iterator().next();
                for (Row r : group) {
                    String why = refused.getOrDefault(r, "not applied: line " + first.line()
                            + " of the same case was rejected");
                    rejects.add(new VerdictImport.Reject(r.line(), r.subjectType(), r.subjectId(), why));
                }
            } else if (outcome == Outcome.REPEAT) {
                repeats += group.size();
            } else {
                cases++;
                applied += group.size();
            }
        }
        return new VerdictImport(file.getFileName().toString(), sha256, rows.size(), cases, applied, repeats, rejects);
    }

    private enum Outcome { APPLIED, REPEAT, REFUSED }

    private static Outcome applyCase(DSLContext t, CaseWork work, Actor supervisor, CycleMonth month, List<Row> group,
                                     String note, Map<Row, String> refused) {
        for (Row r : group) {
            String why = syntax(r);
            if (why != null) {
                refused.put(r, why);
            }
        }
        if (!refused.isEmpty()) {
            return Outcome.REFUSED;
        }
        Row head = group.get(0);
        if (group.stream().map(Row::verdict).distinct().count() > 1) {
            refused.put(group.get(1), "the file gives this case both CONFIRMED and DISMISSED");
            return Outcome.REFUSED;
        }
        AuditCaseRecord c = t.selectFrom(AUDIT_CASE).where(AUDIT_CASE.CYCLE_MONTH.eq(month.toString()))
                .and(AUDIT_CASE.SUBJECT_TYPE.eq(head.subjectType())).and(AUDIT_CASE.SUBJECT_ID.eq(head.subjectId()))
                .and(CaseQueue.inScope(AUDIT_CASE.ID, supervisor.scope())).fetchOne();
        if (c == null) {
            refused.put(head, "no case of " + head.subjectType() + " " + head.subjectId() + " in " + month
                    + (supervisor.scope().all() ? "" : " within " + supervisor.user() + "'s regions"));
            return Outcome.REFUSED;
        }
        boolean confirm = "CONFIRMED".equals(head.verdict());
        if (CaseStatus.valueOf(c.getStatus()).closed()) {
            if (repeats(t, c, group, confirm)) {
                return Outcome.REPEAT;
            }
            refused.put(head, "case " + c.getId() + " is already closed as " + c.getStatus()
                    + " with another decision; a supervisor can reopen it in the console");
            return Outcome.REFUSED;
        }
        List<Deduction> deductions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (confirm) {
            for (Row r : group) {
                Deduction d = new Deduction(r.setlId(), new BigDecimal(r.amount()));
                try {
                    if (!seen.add(d.setlId())) {
                        throw new CaseRefusedException("settlement " + d.setlId() + " is named twice for this case");
                    }
                    DeductionCheck.check(t, c, List.of(d));
                } catch (CaseRefusedException e) {
                    refused.put(r, e.getMessage());
                }
                deductions.add(d);
            }
            if (!refused.isEmpty()) {
                return Outcome.REFUSED;
            }
        }
        String comment = group.stream().map(Row::comment).filter(s -> s != null && !s.isBlank()).distinct()
                .reduce((a, b) -> a + "; " + b).orElse(null);
        ActionInput input = new ActionInput(comment, null, blankToNull(head.reasonCode()), null, deductions);
        try {
            work.decideFromFile(t, supervisor, c, confirm ? CaseAction.CONFIRM : CaseAction.DISMISS, input, note);
        } catch (CaseRefusedException e) {
            refused.put(head, e.getMessage());
            return Outcome.REFUSED;
        }
        return Outcome.APPLIED;
    }

    /** The case's standing decision is this one: same verdict and, for a confirmation, the same deductions. */
    private static boolean repeats(DSLContext t, AuditCaseRecord c, List<Row> group, boolean confirm) {
        if (!c.getStatus().equals(confirm ? "CONFIRMED" : "DISMISSED")) {
            return false;
        }
        if (!confirm) {
            return true;
        }
        Long verdictId = t.select(AUDIT_VERDICT.ID).from(AUDIT_VERDICT).where(AUDIT_VERDICT.CASE_ID.eq(c.getId()))
                .orderBy(AUDIT_VERDICT.ID.desc()).limit(1).fetchOne(AUDIT_VERDICT.ID);
        Map<String, BigDecimal> standing = new LinkedHashMap<>();
        t.selectFrom(AUDIT_DEDUCTION).where(AUDIT_DEDUCTION.VERDICT_ID.eq(verdictId))
                .forEach(d -> standing.put(d.getSetlId(), d.getAmount()));
        return group.stream().allMatch(r -> standing.containsKey(r.setlId())
                && standing.get(r.setlId()).compareTo(new BigDecimal(r.amount())) == 0);
    }

    /** The row's own defects, before any case is looked at; null when it reads well. */
    private static String syntax(Row r) {
        if (r.subjectType() == null || !List.of("PERSON", "INSTITUTION", "DOCTOR").contains(r.subjectType())) {
            return "subject_type must be PERSON, INSTITUTION or DOCTOR (got '" + nullToEmpty(r.subjectType()) + "')";
        }
        if (r.subjectId() == null) {
            return "subject_id is empty";
        }
        if (!"CONFIRMED".equals(r.verdict()) && !"DISMISSED".equals(r.verdict())) {
            return "verdict must be CONFIRMED or DISMISSED (got '" + nullToEmpty(r.verdict()) + "')";
        }
        if ("DISMISSED".equals(r.verdict())) {
            if (ReasonCode.find(r.reasonCode()).filter(c -> !c.violation()).isEmpty()) {
                return "DISMISSED needs reason_code N01–N05 (got '" + nullToEmpty(r.reasonCode()) + "')";
            }
            if (r.setlId() != null || r.amount() != null) {
                return "DISMISSED takes no setl_id or deduction_amt";
            }
            return null;
        }
        if (r.reasonCode() != null && ReasonCode.find(r.reasonCode()).filter(ReasonCode::violation).isEmpty()) {
            return "reason_code " + r.reasonCode() + " is not a violation code of the catalogue (V01–V09)";
        }
        if (r.setlId() == null) {
            return "CONFIRMED needs the setl_id to deduct from";
        }
        if (r.amount() == null) {
            return "CONFIRMED needs deduction_amt";
        }
        try {
            BigDecimal amount = new BigDecimal(r.amount());
            if (amount.signum() <= 0) {
                return "deduction_amt must be above 0 (got " + r.amount() + ")";
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                return "deduction_amt has more than 2 decimals: " + r.amount();
            }
        } catch (NumberFormatException e) {
            return "deduction_amt is not an amount: '" + r.amount() + "'";
        }
        return null;
    }

    private static List<Row> parse(Path file, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().allowMissingFields(true).allowExtraFields(true)
                .skipEmptyLines(true).ofCsvRecord(text)) {
            Map<String, Integer> at = null;
            for (CsvRecord r : reader) {
                if (at == null) {
                    at = new LinkedHashMap<>();
                    for (int i = 0; i < r.getFieldCount(); i++) {
                        at.put(r.getField(i).trim().toLowerCase(java.util.Locale.ROOT), i);
                    }
                    for (String column : COLUMNS) {
                        if (!at.containsKey(column)) {
                            throw new IllegalArgumentException(file.getFileName() + " is not a verdicts file: it lacks "
                                    + "the column " + column + " (header: " + String.join(",", COLUMNS) + ")");
                        }
                    }
                    continue;
                }
                Map<String, Integer> columns = at;
                java.util.function.Function<String, String> f = name -> {
                    int i = columns.get(name);
                    String v = i < r.getFieldCount() ? r.getField(i).trim() : "";
                    return v.isEmpty() ? null : v;
                };
                rows.add(new Row(r.getStartingLineNumber(), f.apply("subject_type"), f.apply("subject_id"),
                        f.apply("verdict"), f.apply("reason_code"), f.apply("setl_id"), f.apply("deduction_amt"),
                        f.apply("comment")));
            }
            if (at == null) {
                throw new IllegalArgumentException(file.getFileName() + " is empty: a verdicts file starts with the "
                        + "header " + String.join(",", COLUMNS));
            }
        } catch (CsvParseException | IOException e) {
            throw new IllegalArgumentException(file.getFileName() + " cannot be read as CSV: " + e.getMessage());
        }
        return rows;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
