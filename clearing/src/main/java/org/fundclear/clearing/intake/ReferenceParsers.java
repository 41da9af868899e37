package org.fundclear.clearing.intake;

import static org.fundclear.sql.jooq.Tables.CATALOG_ITEM;
import static org.fundclear.sql.jooq.Tables.FILING;
import static org.fundclear.sql.jooq.Tables.INSTITUTION;
import static org.fundclear.sql.jooq.Tables.PERSON;
import static org.fundclear.sql.jooq.Tables.REGION;

import org.fundclear.sql.jooq.tables.records.CatalogItemRecord;
import org.fundclear.sql.jooq.tables.records.FilingRecord;
import org.fundclear.sql.jooq.tables.records.InstitutionRecord;
import org.fundclear.sql.jooq.tables.records.PersonRecord;
import org.fundclear.sql.jooq.tables.records.RegionRecord;

/** Parsers of the reference files (spec "reference data"); they have no cycle month. */
final class ReferenceParsers {
    private ReferenceParsers() {
    }

    static final LineParser<RegionRecord> REGIONS = (f, cycle) -> {
        RegionRecord r = LineRecords.newRecord(REGION);
        r.setAdmdvs(f.region(REGION.ADMDVS, true));
        r.setName(f.text(REGION.NAME, true));
        r.setProvAdmdvs(f.region(REGION.PROV_ADMDVS, true));
        return r;
    };

    static final LineParser<InstitutionRecord> INSTITUTIONS = (f, cycle) -> {
        var i = INSTITUTION;
        InstitutionRecord r = LineRecords.newRecord(INSTITUTION);
        r.setFixmedinsCode(f.text(i.FIXMEDINS_CODE, true));
        r.setFixmedinsName(f.text(i.FIXMEDINS_NAME, true));
        r.setAdmdvs(f.region(i.ADMDVS, true));
        r.setKind(f.code(i.KIND, true, CodeTable.INSTITUTION_KIND));
        r.setHospLv(f.code(i.HOSP_LV, false, CodeTable.HOSP_LV));
        return r;
    };

    static final LineParser<PersonRecord> PERSONS = (f, cycle) -> {
        var p = PERSON;
        PersonRecord r = LineRecords.newRecord(PERSON);
        r.setPsnNo(f.text(p.PSN_NO, true));
        r.setCertno(f.text(p.CERTNO, false));
        r.setPsnName(f.text(p.PSN_NAME, false));
        r.setGend(f.code(p.GEND, false, CodeTable.GEND));
        r.setBrdy(f.date(p.BRDY, false));
        r.setInsuAdmdvs(f.region(p.INSU_ADMDVS, true));
        r.setInsutype(f.code(p.INSUTYPE, true, CodeTable.INSUTYPE));
        r.setDeathDate(f.date(p.DEATH_DATE, false));
        r.setHouseholdId(f.text(p.HOUSEHOLD_ID, false));
        return r;
    };

    static final LineParser<FilingRecord> FILINGS = (f, cycle) -> {
        var fi = FILING;
        FilingRecord r = LineRecords.newRecord(FILING);
        r.setPsnNo(f.text(fi.PSN_NO, true));
        r.setFilType(f.code(fi.FIL_TYPE, true, CodeTable.FIL_TYPE));
        r.setInsuAdmdvs(f.region(fi.INSU_ADMDVS, true));
        r.setDestAdmdvs(f.region(fi.DEST_ADMDVS, true));
        r.setBegndate(f.date(fi.BEGNDATE, true));
        r.setEnddate(f.date(fi.ENDDATE, false));
        if (r.getEnddate() != null && r.getEnddate().isBefore(r.getBegndate())) {
            throw LineFields.reject(fi.ENDDATE, RejectReason.DATE_ORDER, "enddate " + r.getEnddate()
                    + " is before begndate " + r.getBegndate());
        }
        return r;
    };

    static final LineParser<CatalogItemRecord> CATALOG = (f, cycle) -> {
        var c = CATALOG_ITEM;
        CatalogItemRecord r = LineRecords.newRecord(CATALOG_ITEM);
        r.setHilistCode(f.text(c.HILIST_CODE, true));
        r.setHilistName(f.text(c.HILIST_NAME, false));
        r.setListType(f.code(c.LIST_TYPE, true, CodeTable.LIST_TYPE));
        r.setGendLimit(f.code(c.GEND_LIMIT, false, CodeTable.GEND_LIMIT));
        r.setMinAge(toShort(f.wholeNumber(c.MIN_AGE, false, 3)));
        r.setMaxAge(toShort(f.wholeNumber(c.MAX_AGE, false, 3)));
        r.setMaxDaysSupply(f.wholeNumber(c.MAX_DAYS_SUPPLY, false, 5));
        r.setOutpatientAllowed(f.code(c.OUTPATIENT_ALLOWED, false, CodeTable.FLAG));
        r.setPriceCap(f.quantity(c.PRICE_CAP, false));
        return r;
    };

    private static Short toShort(Integer value) {
        return value == null ? null : value.shortValue();
    }
}
