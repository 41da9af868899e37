package org.fundclear.jobs.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.fundclear.audit.casework.Actor;
import org.fundclear.audit.casework.CaseQuery;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.jobs.cases.CaseService;
import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import org.fundclear.jobs.cli.options.MonthConverter;
import org.fundclear.jobs.config.ApplicationContexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cases", description = "Write cases-YYYY-MM.csv: the inspectors' queue of the month in the console's "
        + "default order (spec/README.md).")
public class CasesCommand implements Callable<Integer> {
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class)
    CycleMonth month;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        try (var context = ApplicationContexts.start(db.resolve())) {
            CaseService cases = context.getBean(CaseService.class);
            Path file = cases.writeCasesCsv(month, out);
            Actor everyone = new Actor("cli", Set.of(), RegionScope.ALL, false);
            long total = cases.queue(everyone, CaseQuery.month(month.toString())).total();
            Map<String, Long> byStatus = new TreeMap<>();
            cases.dashboard(everyone, month.toString()).backlog()
                    .forEach(b -> byStatus.put(b.status().name(), b.total()));
            System.out.printf("%s: %,d cases%s%n", file, total, byStatus.isEmpty() ? "" : ", open by stage " + byStatus);
            if (total == 0) {
                System.out.println("(no case: has ./fundclear audit --month " + month + " been run?)");
            }
            return ExitCodes.OK;
        }
    }
}
