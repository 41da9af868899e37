package org.fundclear.audit.model;

import static org.fundclear.sql.jooq.Tables.PERSON;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.fundclear.audit.scope.AuditScope;
import org.fundclear.audit.scope.DrugSupply;
import org.fundclear.audit.scope.StringPool;
import org.fundclear.sql.LargeResults;

/**
 * Computes every person's month from a streamed pass over the month's outpatient visits, their register entries
 * and the scope's {@link DrugSupply} (the rolling 90-day possession ratio), and keeps the result until each person
 * behaviour has read it. The visits are gathered per person here rather than by GROUP BY or ORDER BY: H2 groups
 * and sorts through sorted maps, which cost several times the pass itself on a month of a million settlements.
 */
public final class PersonMonthFeatures {
    /** The group of the behaviours that read the person months, which hold the 90-day drug supply too. */
    static final String GROUP = DrugSupply.GROUP;
    private static final String CHRONIC = "14";
    private static final String PHARMACY = "41";
    /** The possession ratio's window: R07's default, so both read one {@link DrugSupply}. */
    private static final int SUPPLY_WINDOW_DAYS = 90;

    private final int readers;
    private AuditScope cachedScope;
    private List<PersonMonth> cached;
    private int unread;

    /** @param readers how many behaviours read each month's features: the last one's read lets them go */
    public PersonMonthFeatures(int readers) {
        if (readers < 1) {
            throw new IllegalArgumentException("readers must be at least 1: " + readers);
        }
        this.readers = readers;
    }

    synchronized List<PersonMonth> of(AuditScope scope) {
        if (!scope.equals(cachedScope) || cached == null) {
            cached = load(scope.prepare());
            cachedScope = scope;
            unread = readers;
        }
        List<PersonMonth> months = cached;
        // A month's features are held only until every behaviour has read them, not for the rest of the audit.
        if (--unread == 0) {
            cached = null;
        }
        return months;
    }

    private static List<PersonMonth> load(AuditScope scope) {
        String month = scope.month().toString();
        Map<String, Person> persons = new HashMap<>();
        // A visit's day, institution and med_type repeat across the month: one String each (at 300,000 settlements
        // a month, a million fewer Strings; the audit's peak live heap 490 → 457 MB).
        StringPool pool = new StringPool();
        LargeResults.forEach(scope.dsl(), "SELECT s.psn_no, s.setl_day, s.fixmedins_code,"
                + " s.med_type, s.paid FROM audit_visit s WHERE s.cycle_month = ? AND s.outpatient = '1'",
                new Object[] {month}, r -> persons.computeIfAbsent(r.get(0, String.class), Person::new)
                        .add(new Visit(pool.of(r.get(1, String.class)), pool.of(r.get(2, String.class)),
                                pool.of(r.get(3, String.class)), r.get(4, BigDecimal.class))));
        // Once per person, not once per visit.
        PersonRegister.forEach(scope.dsl(), persons.keySet(), r -> persons.get(r.get(PERSON.PSN_NO))
                .registered(pool.of(r.get(PERSON.GEND)), r.get(PERSON.BRDY), pool.of(r.get(PERSON.INSU_ADMDVS))),
                PERSON.PSN_NO, PERSON.GEND, PERSON.BRDY, PERSON.INSU_ADMDVS);
        DrugSupply supply = scope.drugSupply(SUPPLY_WINDOW_DAYS);
        List<PersonMonth> rows = new ArrayList<>();
        new TreeMap<>(persons).values().forEach(person -> person.month(supply)
                .ifPresent(rows::add));
        return rows;
    }

    private record Visit(String day, String institution, String medType, BigDecimal paid) {
    }

    /**
     * One person's visits. Chronic-disease outpatient care (med_type 14xx, scheduled like dialysis) only marks the
     * person chronic; a person with nothing else has no row.
     */
    private static final class Person {
        final String psnNo;
        final List<Visit> visits = new ArrayList<>(2);
        String gend;
        LocalDate brdy;
        String insuAdmdvs;

        Person(String psnNo) {
            this.psnNo = psnNo;
        }

        void add(Visit visit) {
            visits.add(visit);
        }

        void registered(String gend, LocalDate brdy, String insuAdmdvs) {
            this.gend = gend;
            this.brdy = brdy;
            this.insuAdmdvs = insuAdmdvs;
        }

        Optional<PersonMonth> month(DrugSupply supply) {
            boolean chronic = visits.stream().anyMatch(v -> v.medType().startsWith(CHRONIC));
            List<Visit> care = visits.stream().filter(v -> !v.medType().startsWith(CHRONIC)).toList();
            if (care.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Set<String>> institutionsByDay = new HashMap<>();
            Set<String> institutions = new HashSet<>();
            Set<String> pharmacies = new HashSet<>();
            long purchases = 0;
            BigDecimal paid = BigDecimal.ZERO;
            BigDecimal pharmacyPaid = BigDecimal.ZERO;
            for (Visit v : care) {
                institutionsByDay.computeIfAbsent(v.day(), k -> new HashSet<>()).add(v.institution());
                institutions.add(v.institution());
                paid = paid.add(v.paid());
                if (v.medType().equals(PHARMACY)) {
                    purchases++;
                    pharmacies.add(v.institution());
                    pharmacyPaid = pharmacyPaid.add(v.paid());
                }
            }
            long multiInstitutionDays = institutionsByDay.values().stream().filter(day -> day.size() >= 2).count();
            long maxPerDay = institutionsByDay.values().stream().mapToLong(Set::size).max().orElse(0);
            return Optional.of(new PersonMonth(psnNo, gend, brdy, insuAdmdvs == null ? "??" : insuAdmdvs, chronic,
                    care.size(), institutionsByDay.size(), multiInstitutionDays, maxPerDay, institutions.size(),
                    purchases, pharmacies.size(), paid, pharmacyPaid,
                    (double) supply.mostDaysOfOneDrug(psnNo) / supply.windowDays()));
        }
    }
}
