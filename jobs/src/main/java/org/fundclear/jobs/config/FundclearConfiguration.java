package org.fundclear.jobs.config;

import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.fundclear.clearing.intake.ImportFileRepository;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.Jooq;
import org.fundclear.sql.SchemaMigrator;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/** The Spring application: wiring only, the business lives in the clearing and audit modules. */
@SpringBootApplication(scanBasePackages = "org.fundclear.jobs")
public class FundclearConfiguration {

    /** Clearing centres work on China time; every stamp the product writes uses it. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(CHINA);
    }

    @Bean
    DatabaseVendor databaseVendor(DataSourceProperties properties) {
        return DatabaseVendor.fromUrl(properties.getUrl());
    }

    @Bean
    FlywayConfigurationCustomizer fundclearMigrations(DatabaseVendor vendor) {
        return config -> SchemaMigrator.configure(config, vendor);
    }

    @Bean
    DefaultConfigurationCustomizer fundclearJooq(DatabaseVendor vendor) {
        return config -> Jooq.apply(config, vendor);
    }

    @Bean
    ImportFileRepository importFileRepository(Clock clock) {
        return new ImportFileRepository(clock);
    }
}
