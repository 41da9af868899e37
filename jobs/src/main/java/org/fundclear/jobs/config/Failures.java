package org.fundclear.jobs.config;

import org.springframework.batch.core.job.JobExecution;

/** What to tell a user about a failure: the root cause's own words (they name file, line, month). */
public final class Failures {
    private Failures() {
    }

    public static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** The first failure of a job execution, with how to resume. */
    public static String describe(JobExecution execution) {
        Throwable t = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        if (t == null) {
            return "ended " + execution.getStatus() + "; run the same command again to resume";
        }
        Throwable root = rootCause(t);
        String message = root.getMessage() != null ? root.getMessage() : root.toString();
        return message + " (run the same command again to resume after fixing the cause)";
    }
}
