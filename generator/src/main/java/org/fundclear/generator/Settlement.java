package org.fundclear.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One row of settlements-YYYY-MM.csv, with the fee lines that belong to it.
 *
 * @param personDetailsShown whether the optional certno/psn_name/gend/brdy were filled in by the region
 * @param diseCodg           ICD-10 main diagnosis, or null
 * @param begndate           visit start, null when the region left it out (always set for inpatients)
 * @param initSetlId         for a reversal the setl_id it reverses, otherwise null
 * @param zeroOptionalsBlank whether optional amounts that are zero are written empty (spec: empty = 0)
 */
record Settlement(String setlId, String mdtrtId, Person person, boolean personDetailsShown, MedType medType,
                  String diseCodg, Institution institution, LocalDate begndate, LocalDate enddate,
                  LocalDateTime setlTime, Amounts amounts, String initSetlId, List<FeeLine> feeLines,
                  boolean zeroOptionalsBlank) {

    boolean isReversal() {
        return initSetlId != null;
    }

    /** The reversal (退费) of this settlement: same visit, person, place and type, every amount negated, no fee lines. */
    Settlement reversedAs(String reversalSetlId, LocalDateTime reversalTime) {
        return new Settlement(reversalSetlId, mdtrtId, person, personDetailsShown, medType, diseCodg, institution,
                begndate, enddate, reversalTime, amounts.negate(), setlId, List.of(), zeroOptionalsBlank);
    }
}
