package org.fundclear.generator.audit;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The planted rows of a month, in extra files the importer picks up by name (settlements-planted-…, fees-planted-…,
 * persons-planted.csv, …), plus audit-truth.csv. Every row satisfies the import invariants.
 */
final class PlantedFiles implements Closeable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final BigDecimal FUND_SHARE = new BigDecimal("0.60");

    private final CsvWriter settlements;
    private final CsvWriter fees;
    private final CsvWriter ledger;
    private final CsvWriter persons;
    private final CsvWriter filings;
    private final CsvWriter institutions;
    private final CsvWriter truth;
    private final String month;
    private int sequence;

    PlantedFiles(Path dir, YearMonth month) throws IOException {
        this.month = month.toString();
        List<CsvWriter> opened = new ArrayList<>();
        try {
            settlements = open(opened, dir.resolve("settlements-planted-" + month + ".csv"), "setl_id,mdtrt_id,psn_no,"
                    + "certno,psn_name,gend,brdy,insutype,med_type,dise_codg,insu_admdvs,mdtrtarea_admdvs,fixmedins_code,"
                    + "begndate,enddate,setl_time,medfee_sumamt,fulamt_ownpay_amt,inscp_scp_amt,hifp_pay,hifmi_pay,"
                    + "hifob_pay,cvlserv_pay,maf_pay,oth_pay,fund_pay_sumamt,acct_pay,psn_cash_pay,refd_setl_flag,"
                    + "init_setl_id");
            fees = open(opened, dir.resolve("fees-planted-" + month + ".csv"), "setl_id,line_no,list_type,hilist_code,"
                    + "hilist_name,cnt,pric,det_item_fee_sumamt,days_supply,bilg_dr_code,fee_ocur_time");
            ledger = open(opened, dir.resolve("ledger-planted-" + month + ".csv"), "setl_id,insu_admdvs,"
                    + "mdtrtarea_admdvs,psn_no,setl_time,medfee_sumamt,fund_pay_sumamt,acct_pay,refd_setl_flag");
            persons = open(opened, dir.resolve("persons-planted.csv"),
                    "psn_no,certno,psn_name,gend,brdy,insu_admdvs,insutype,death_date,household_id");
            filings = open(opened, dir.resolve("filings-planted.csv"),
                    "psn_no,fil_type,insu_admdvs,dest_admdvs,begndate,enddate");
            institutions = open(opened, dir.resolve("institutions-planted.csv"),
                    "fixmedins_code,fixmedins_name,admdvs,kind,hosp_lv");
            truth = open(opened, dir.resolve("audit-truth.csv"), TruthRow.HEADER);
        } catch (IOException | RuntimeException e) {
            for (CsvWriter w : opened) {
                w.close();
            }
            throw e;
        }
    }

    private static CsvWriter open(List<CsvWriter> opened, Path file, String header) throws IOException {
        CsvWriter writer = CsvWriter.builder().build(file, StandardCharsets.UTF_8);
        opened.add(writer);
        writer.writeRecord(header.split(","));
        return writer;
    }

    /** A person with a long-term filing for the treatment region (so the filing rule stays quiet). */
    void person(PlantedPerson p) {
        persons.writeRecord(p.psnNo(), p.certno(), p.name(), Integer.toString(p.gend()), p.brdy().toString(),
                p.insuAdmdvs(), "310", p.deathDate() == null ? "" : p.deathDate().toString(),
                p.householdId() == null ? "" : p.householdId());
        filings.writeRecord(p.psnNo(), "LONG_TERM_RESIDENT", p.insuAdmdvs(), p.treatmentAdmdvs(), "2020-01-01", "");
    }

    void institution(PlantedInstitution i, String name) {
        institutions.writeRecord(i.code(), name, i.admdvs(), i.kind(), i.hospLv() == null ? "" : i.hospLv());
    }

    void truth(TruthRow row) {
        truth.writeRecord(row.subjectType(), row.subjectId(), row.label(), row.pattern(), row.backing());
    }

    /** An outpatient/pharmacy settlement whose amount is the sum of its lines; returns its setl_id. */
    String outpatient(PlantedPerson p, PlantedInstitution at, String medType, LocalDateTime time, String diagnosis,
                      String doctor, List<PlantedLine> lines) {
        String setlId = nextId();
        BigDecimal medfee = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            PlantedLine line = lines.get(i);
            medfee = medfee.add(line.amount());
            fees.writeRecord(setlId, Integer.toString(i + 1), line.listType(), line.code(), line.name(),
                    line.cnt().toPlainString(), line.pric().toPlainString(), line.amount().toPlainString(),
                    line.daysSupply() == null ? "" : line.daysSupply().toString(), doctor == null ? "" : doctor,
                    time.minusMinutes(5).format(TIME));
        }
        LocalDate day = time.toLocalDate();
        write(setlId, p, at, medType, diagnosis, day, day, time, medfee);
        return setlId;
    }

    /** An inpatient settlement (no fee lines), settled on discharge. */
    String inpatient(PlantedPerson p, PlantedInstitution at, LocalDate admission, LocalDate discharge,
                     BigDecimal medfee) {
        String setlId = nextId();
        write(setlId, p, at, "21", "J18.9", admission, discharge, discharge.atTime(10, 30), medfee);
        return setlId;
    }

    private void write(String setlId, PlantedPerson p, PlantedInstitution at, String medType, String diagnosis,
                       LocalDate begn, LocalDate end, LocalDateTime time, BigDecimal medfee) {
        BigDecimal fund = medfee.multiply(FUND_SHARE).setScale(2, RoundingMode.HALF_UP);
        BigDecimal cash = medfee.subtract(fund);
        String zero = "0.00";
        settlements.writeRecord(setlId, "V" + setlId, p.psnNo(), p.certno(), p.name(), Integer.toString(p.gend()),
                p.brdy().toString(), "310", medType, diagnosis, p.insuAdmdvs(), at.admdvs(), at.code(),
                begn.toString(), end.toString(), time.format(TIME), medfee.toPlainString(), zero,
                medfee.toPlainString(), fund.toPlainString(), zero, zero, zero, zero, zero, fund.toPlainString(), zero,
                cash.toPlainString(), "0", "");
        ledger.writeRecord(setlId, p.insuAdmdvs(), at.admdvs(), p.psnNo(), time.format(TIME), medfee.toPlainString(),
                fund.toPlainString(), zero, "0");
    }

    private String nextId() {
        return "SP" + month.replace("-", "") + String.format("%08d", ++sequence);
    }

    @Override
    public void close() throws IOException {
        try (settlements; fees; ledger; persons; filings; institutions; truth) {
            // try-with-resources closes every writer even if one fails
        }
    }
}
