package org.fundclear.generator;

import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;

/** Writes the reference data files; persons and filings only for persons the run has used so far. */
final class ReferenceFiles {

    private ReferenceFiles() {
    }

    /** @return regions.csv, institutions.csv, persons.csv, filings.csv, catalog.csv in {@code dir} */
    static List<Path> writeAll(Path dir, long seed, PersonPool persons, PersonHistory history,
                               InstitutionPool institutions) throws IOException {
        Path regionsFile = dir.resolve("regions.csv");
        Path institutionsFile = dir.resolve("institutions.csv");
        Path personsFile = dir.resolve("persons.csv");
        Path filingsFile = dir.resolve("filings.csv");
        Path catalogFile = dir.resolve("catalog.csv");
        regions(regionsFile);
        institutions(institutionsFile, institutions);
        BitSet used = history.everyone();
        persons(personsFile, persons, used, history.latest().atEndOfMonth());
        filings(filingsFile, persons, used, history, seed);
        catalog(catalogFile);
        return List.of(regionsFile, institutionsFile, personsFile, filingsFile, catalogFile);
    }

    /** Each province row (prov_admdvs = itself) followed by its prefectures. */
    private static void regions(Path file) throws IOException {
        try (CsvWriter out = CsvFiles.open(file, SpecHeaders.REGIONS)) {
            for (Regions.Province province : Regions.PROVINCES) {
                out.writeRecord(province.admdvs(), province.name(), province.admdvs());
                for (Region region : Regions.PREFECTURES) {
                    if (region.provAdmdvs().equals(province.admdvs())) {
                        out.writeRecord(region.admdvs(), region.name(), region.provAdmdvs());
                    }
                }
            }
        }
    }

    private static void institutions(Path file, InstitutionPool pool) throws IOException {
        try (CsvWriter out = CsvFiles.open(file, SpecHeaders.INSTITUTIONS)) {
            for (Institution i : pool.all()) {
                out.writeRecord(i.code(), i.name(), i.region().admdvs(), i.kind().name(), Formats.orEmpty(i.hospLv()));
            }
        }
    }

    private static void catalog(Path file) throws IOException {
        try (CsvWriter out = CsvFiles.open(file, SpecHeaders.CATALOG)) {
            for (CatalogItem item : Catalog.ALL) {
                out.writeRecord(item.code(), item.name(), item.listType(), Formats.orEmpty(item.gendLimit()),
                        Formats.orEmpty(item.minAge()), Formats.orEmpty(item.maxAge()),
                        Formats.orEmpty(item.maxDaysSupply()), item.outpatientAllowed() ? "1" : "0",
                        item.priceCap4() == null ? "" : Formats.scaled4(item.priceCap4(), 2));
            }
        }
    }

    /** @param asOf deaths after this day are not yet known to the reference data */
    private static void persons(Path file, PersonPool pool, BitSet used, LocalDate asOf) throws IOException {
        try (CsvWriter out = CsvFiles.open(file, SpecHeaders.PERSONS)) {
            for (int i = used.nextSetBit(0); i >= 0; i = used.nextSetBit(i + 1)) {
                Person p = pool.person(i);
                out.writeRecord(p.psnNo(), p.certno(), p.name(), Integer.toString(p.gend()), Formats.date(p.brdy()),
                        p.insured().admdvs(), p.insutype(), Formats.date(p.deathKnownBy(asOf)),
                        Formats.orEmpty(p.householdId()));
            }
        }
    }

    /**
     * A person's filing as planned for the first month they were used, renewed (a new row: its begndate differs)
     * only for a later month it does not cover, so a later month's file repeats the earlier rows.
     */
    private static void filings(Path file, PersonPool pool, BitSet used, PersonHistory history, long seed)
            throws IOException {
        List<FilingPlanner> planners = history.months().stream().map(m -> new FilingPlanner(seed, m)).toList();
        try (CsvWriter out = CsvFiles.open(file, SpecHeaders.FILINGS)) {
            for (int i = used.nextSetBit(0); i >= 0; i = used.nextSetBit(i + 1)) {
                Person person = pool.person(i);
                Filing current = null;
                for (FilingPlanner planner : planners.subList(history.firstMonthOf(i), planners.size())) {
                    if (current != null && planner.covers(current)) {
                        continue;
                    }
                    Filing next = planner.filingFor(person).orElse(null);
                    if (next != null) {
                        out.writeRecord(next.psnNo(), next.filType(), next.insuAdmdvs(), next.destAdmdvs(),
                                Formats.date(next.begndate()), Formats.date(next.enddate()));
                    }
                    current = next;
                }
            }
        }
    }
}
