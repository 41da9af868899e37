package org.fundclear.clearing.intake;

import java.util.List;
import java.util.stream.Collectors;
import org.fundclear.clearing.model.CycleMonth;
import org.jooq.UpdatableRecord;

/**
 * Interprets the physical records of one file: checks the field count against the header, then
 * parses. A file without a required column rejects every line with E17, so each line is still
 * accounted for (spec: rows = loaded + rejected + repeats).
 */
public final class LineInterpreter<R extends UpdatableRecord<R>> {
    private final IntakeKind<R> kind;
    private final CsvHeader header;
    private final CycleMonth cycle;
    private final List<String> missingColumns;

    public LineInterpreter(IntakeKind<R> kind, CsvHeader header, CycleMonth cycle) {
        this.kind = kind;
        this.header = header;
        this.cycle = cycle;
        this.missingColumns = header.missing(kind.requiredColumns());
    }

    public List<String> missingColumns() {
        return missingColumns;
    }

    /** A record of {@link CsvSource}: a line whose quote never closes is rejected with E22 before anything else. */
    public ParsedLine<R> interpret(CsvSource.RawLine raw) {
        if (raw.unterminatedQuote() && missingColumns.isEmpty()) {
            return new ParsedLine.Rejected<>(raw.line(), kind.rejectKey(new LineFields(header, raw.fields())),
                    new Rejection(header.name(raw.fields().size() - 1),
                            RejectReason.UNTERMINATED_QUOTE, "a quote opened in field " + raw.fields().size()
                            + " is not closed before the line ends (fields never span lines); the next line is read "
                            + "as the next record"));
        }
        return interpret(raw.line(), raw.fields());
    }

    public ParsedLine<R> interpret(long line, List<String> values) {
        LineFields fields = new LineFields(header, values);
        if (!missingColumns.isEmpty()) {
            return new ParsedLine.Rejected<>(line, kind.rejectKey(fields), new Rejection(missingColumns.get(0),
                    RejectReason.MISSING_COLUMN,
                    "the file has no column " + String.join(", ", missingColumns) + "; the whole file is rejected"));
        }
        if (values.size() != header.size()) {
            return new ParsedLine.Rejected<>(line, kind.rejectKey(fields), new Rejection(null, RejectReason.FIELD_COUNT,
                    "line has " + values.size() + " fields, the header has " + header.size()));
        }
        try {
            return new ParsedLine.Accepted<>(line, kind.parser().parse(fields, cycle));
        } catch (LineRejectedException e) {
            Rejection r = e.rejection();
            // the key only for a rejected line: read before the parser, it put the parser off the file's order
            return new ParsedLine.Rejected<>(line, kind.rejectKey(fields), kind.isReferenceData()
                    ? new Rejection(r.field(), r.reason(), describeKey(fields) + ": " + r.message())
                    : r);
        }
    }

    /** Reference rows have no setl_id, so the message names their key instead. */
    private String describeKey(LineFields fields) {
        return kind.table().getPrimaryKey().getFields().stream()
                .map(f -> f.getName() + " " + fields.raw(f.getName()))
                .collect(Collectors.joining(", "));
    }
}
