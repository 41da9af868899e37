package org.fundclear.jobs.cli;

import org.fundclear.jobs.cli.options.DatabaseOption;
import org.fundclear.jobs.cli.options.ExitCodes;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.schedule.ScheduleConfiguration;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "scheduler", description = "Run the monthly schedule (import last month's inbox, clear it) until stopped.")
public class SchedulerCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() throws Exception {
        try (var context = ApplicationContexts.start(db.resolve())) {
            Scheduler scheduler = context.getBean(Scheduler.class);
            scheduler.start();
            Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(ScheduleConfiguration.JOB));
            System.out.println("Scheduler running; next clearing run at " + trigger.getNextFireTime()
                    + " (fundclear.schedule.cron). Stop with Ctrl-C.");
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
            scheduler.shutdown(true);
            return ExitCodes.OK;
        }
    }
}
