package org.fundclear.jobs.schedule;

import java.util.TimeZone;
import org.fundclear.jobs.config.FundclearConfiguration;
import org.fundclear.sql.DatabaseVendor;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The persistent monthly trigger (Quartz JDBC job store, tables from the Flyway migrations). A firing
 * missed while no scheduler ran fires once when it starts (misfire: fire and proceed).
 */
@Configuration
public class ScheduleConfiguration {
    public static final String JOB = "monthly-clearing";

    @Bean
    JobDetail monthlyClearingJob() {
        return JobBuilder.newJob(MonthlyClearingJob.class).withIdentity(JOB).storeDurably()
                .withDescription("import last month's inbox folder, then clear that month").build();
    }

    @Bean
    Trigger monthlyClearingTrigger(JobDetail monthlyClearingJob, @Value("${fundclear.schedule.cron}") String cron) {
        return TriggerBuilder.newTrigger().forJob(monthlyClearingJob).withIdentity(JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(TimeZone.getTimeZone(FundclearConfiguration.CHINA))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    SchedulerFactoryBeanCustomizer jdbcDelegate(DatabaseVendor vendor) {
        String delegate = switch (vendor) {
            case H2 -> "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";
            case POSTGRESQL -> "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate";
            case ORACLE -> "org.quartz.impl.jdbcjobstore.oracle.OracleDelegate";
        };
        return factory -> {
            var properties = new java.util.Properties();
            properties.put("org.quartz.jobStore.driverDelegateClass", delegate);
            properties.put("org.quartz.jobStore.isClustered", "true");
            properties.put("org.quartz.scheduler.instanceId", "AUTO");
            factory.setQuartzProperties(properties);
        };
    }
}
