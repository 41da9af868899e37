package org.fundclear.clearing.intake;

import static org.fundclear.sql.jooq.Tables.CATALOG_ITEM;
import static org.fundclear.sql.jooq.Tables.FEE_LINE;
import static org.fundclear.sql.jooq.Tables.FILING;
import static org.fundclear.sql.jooq.Tables.INSTITUTION;
import static org.fundclear.sql.jooq.Tables.LEDGER_ENTRY;
import static org.fundclear.sql.jooq.Tables.PERSON;
import static org.fundclear.sql.jooq.Tables.REGION;
import static org.fundclear.sql.jooq.Tables.SETTLEMENT;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fundclear.sql.jooq.tables.records.CatalogItemRecord;
import org.fundclear.sql.jooq.tables.records.FeeLineRecord;
import org.fundclear.sql.jooq.tables.records.FilingRecord;
import org.fundclear.sql.jooq.tables.records.InstitutionRecord;
import org.fundclear.sql.jooq.tables.records.LedgerEntryRecord;
import org.fundclear.sql.jooq.tables.records.PersonRecord;
import org.fundclear.sql.jooq.tables.records.RegionRecord;
import org.fundclear.sql.jooq.tables.records.SettlementRecord;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * One kind of input file of spec/README.md: how its name looks, the columns it must have, how a
 * line is parsed, and the table it loads into (whose primary key is the record's identity).
 * Cycle data (settlements, ledger, fees) is append-only: a key loaded with other content is a
 * conflict. Reference data is upserted: a key from an earlier file with other content is an update.
 */
public final class IntakeKind<R extends UpdatableRecord<R>> {
    /** Columns the product adds to a loaded row; everything else is content from the file. */
    private static final Set<String> BOOKKEEPING = Set.of("cycle_month", "late_flag", "import_file_id", "file_line",
            "setl_month");

    public static final IntakeKind<RegionRecord> REGIONS = new IntakeKind<>("REGIONS", "regions", REGION,
            ReferenceParsers.REGIONS, true, "admdvs", "name", "prov_admdvs");
    public static final IntakeKind<InstitutionRecord> INSTITUTIONS = new IntakeKind<>("INSTITUTIONS", "institutions",
            INSTITUTION, ReferenceParsers.INSTITUTIONS, true, "fixmedins_code", "fixmedins_name", "admdvs", "kind");
    public static final IntakeKind<PersonRecord> PERSONS = new IntakeKind<>("PERSONS", "persons", PERSON,
            ReferenceParsers.PERSONS, true, "psn_no", "insu_admdvs", "insutype");
    public static final IntakeKind<FilingRecord> FILINGS = new IntakeKind<>("FILINGS", "filings", FILING,
            ReferenceParsers.FILINGS, true, "psn_no", "fil_type", "insu_admdvs", "dest_admdvs", "begndate");
    public static final IntakeKind<CatalogItemRecord> CATALOG = new IntakeKind<>("CATALOG", "catalog", CATALOG_ITEM,
            ReferenceParsers.CATALOG, true, "hilist_code", "list_type");
    public static final IntakeKind<SettlementRecord> SETTLEMENTS = new IntakeKind<>("SETTLEMENTS", "settlements",
            SETTLEMENT, new SettlementParser(), false, "setl_id", "mdtrt_id", "psn_no", "insutype", "med_type",
            "insu_admdvs", "mdtrtarea_admdvs", "fixmedins_code", "setl_time", "medfee_sumamt", "hifp_pay",
            "fund_pay_sumamt", "acct_pay", "psn_cash_pay", "refd_setl_flag");
    public static final IntakeKind<LedgerEntryRecord> LEDGER = new IntakeKind<>("LEDGER", "ledger", LEDGER_ENTRY,
            new LedgerParser(), false, "setl_id", "insu_admdvs", "mdtrtarea_admdvs", "psn_no", "setl_time",
            "medfee_sumamt", "fund_pay_sumamt", "acct_pay", "refd_setl_flag");
    public static final IntakeKind<FeeLineRecord> FEES = new IntakeKind<>("FEES", "fees", FEE_LINE,
            new FeeLineParser(), false, "setl_id", "line_no", "list_type", "hilist_code", "cnt", "pric",
            "det_item_fee_sumamt", "fee_ocur_time");

    /** Load order: reference data first, so settlements can be checked against it. */
    public static final List<IntakeKind<?>> ALL = List.of(REGIONS, INSTITUTIONS, PERSONS, FILINGS, CATALOG,
            SETTLEMENTS, LEDGER, FEES);

    private final String name;
    private final String filePrefix;
    private final Table<R> table;
    private final LineParser<R> parser;
    private final boolean referenceData;
    private final List<String> requiredColumns;
    private final List<Field<?>> contentFields;
    private final TableField<R, Long> importFileId;
    private final TableField<R, Long> fileLine;

    @SuppressWarnings("unchecked")
    private IntakeKind(String name, String filePrefix, Table<R> table, LineParser<R> parser, boolean referenceData,
                       String... requiredColumns) {
        this.name = name;
        this.filePrefix = filePrefix;
        this.table = table;
        this.parser = parser;
        this.referenceData = referenceData;
        this.requiredColumns = List.of(requiredColumns);
        this.contentFields = Arrays.stream(table.fields()).filter(f -> !BOOKKEEPING.contains(f.getName())).toList();
        this.importFileId = (TableField<R, Long>) table.field("import_file_id");
        this.fileLine = (TableField<R, Long>) table.field("file_line");
    }

    /** The kind a file name belongs to (spec: settlements*.csv, ledger*.csv, fees*.csv, regions.csv, ...). */
    public static Optional<IntakeKind<?>> forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv")) {
            return Optional.empty();
        }
        return ALL.stream().filter(k -> lower.startsWith(k.filePrefix)).findFirst();
    }

    public static IntakeKind<?> named(String name) {
        return ALL.stream().filter(k -> k.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown file kind " + name));
    }

    public static String fileNamePatterns() {
        return ALL.stream().map(k -> k.filePrefix + "*.csv").collect(Collectors.joining(", "));
    }

    public String name() {
        return name;
    }

    public Table<R> table() {
        return table;
    }

    public LineParser<R> parser() {
        return parser;
    }

    public boolean isReferenceData() {
        return referenceData;
    }

    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** The columns that come from the file: two records with equal content are the same record. */
    public List<Field<?>> contentFields() {
        return contentFields;
    }

    public TableField<R, Long> importFileId() {
        return importFileId;
    }

    public TableField<R, Long> fileLine() {
        return fileLine;
    }

    /** The setl_id a reject row shows: only settlement-bearing files have one. */
    public String rejectKey(LineFields fields) {
        return referenceData ? null : fields.raw("setl_id");
    }

    @Override
    public String toString() {
        return name;
    }
}
