package org.fundclear.jobs.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The Quartz job of the monthly schedule; Spring injects the run it performs. */
@DisallowConcurrentExecution
public class MonthlyClearingJob extends QuartzJobBean {
    private final MonthlyClearingRun run;

    public MonthlyClearingJob(MonthlyClearingRun run) {
        this.run = run;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        run.runForPreviousMonth();
    }
}
