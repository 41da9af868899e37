package org.fundclear.jobs.intake;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.fundclear.clearing.intake.IntakeKind;
import org.fundclear.clearing.model.CycleMonth;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The import job's parameters. The business key identifies the instance: month, the file's
 * checksum and the encoding it is read in, so the same bytes load once per month and a failed run
 * restarts where it stopped. The path is informational (the same bytes may sit elsewhere).
 */
public record ImportJobParameters(CycleMonth month, String checksum, Charset encoding, Path file, IntakeKind<?> kind) {
    static final String MONTH = "cycleMonth";
    static final String CHECKSUM = "checksum";
    static final String ENCODING = "encoding";
    static final String FILE = "file";
    static final String KIND = "kind";
    /** Who started the import, for the job history: the operating-system user (imports take no --user). */
    static final String USER = "user";

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(MONTH, month.toString(), true)
                .addString(CHECKSUM, checksum, true)
                .addString(ENCODING, encoding.name(), true)
                .addString(FILE, file.toAbsolutePath().toString(), false)
                .addString(KIND, kind.name(), false)
                .addString(USER, System.getProperty("user.name", "operator"), false)
                .toJobParameters();
    }

    public static ImportJobParameters from(JobParameters p) {
        return new ImportJobParameters(CycleMonth.parse(p.getString(MONTH)), p.getString(CHECKSUM),
                Charset.forName(p.getString(ENCODING)), Path.of(p.getString(FILE)), IntakeKind.named(p.getString(KIND)));
    }
}
