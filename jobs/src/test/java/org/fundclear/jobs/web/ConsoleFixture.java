package org.fundclear.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundclear.clearing.access.RegionScope;
import org.fundclear.clearing.access.Role;
import org.fundclear.clearing.model.CycleMonth;
import org.fundclear.generator.ScenarioGenerator;
import org.fundclear.generator.ScenarioRequest;
import org.fundclear.generator.audit.PatternPlanter;
import org.fundclear.jobs.audit.AuditCommand;
import org.fundclear.jobs.clearing.ClearOutcome;
import org.fundclear.jobs.clearing.ClearService;
import org.fundclear.jobs.config.ApplicationContexts;
import org.fundclear.jobs.config.ConsoleServer;
import org.fundclear.jobs.config.DatabaseUrl;
import org.fundclear.jobs.intake.ImportService;
import org.fundclear.jobs.intake.InputFiles;
import org.fundclear.jobs.users.UserService;
import org.fundclear.sql.DatabaseVendor;
import org.fundclear.sql.testing.TestDatabase;
import org.jooq.DSLContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The real console (the application of {@code ./fundclear serve} on a random port) on a test database of its own,
 * optionally over two generated months whose first is imported, cleared and audited, with audit patterns planted.
 */
final class ConsoleFixture implements AutoCloseable {
    static final YearMonth FIRST = YearMonth.of(2026, 9);
    static final CycleMonth MONTH = new CycleMonth(FIRST);
    static final CycleMonth NEXT = new CycleMonth(FIRST.plusMonths(1));

    final TestDatabase db;
    final ConfigurableApplicationContext context;
    final MockMvc mvc;
    final Path input;

    private ConsoleFixture(TestDatabase db, ConfigurableApplicationContext context, Path input) {
        this.db = db;
        this.context = context;
        this.input = input;
        this.mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** An empty console: users only. */
    static ConsoleFixture start(DatabaseVendor vendor, Path dir) {
        TestDatabase db = TestDatabase.create(vendor);
        String user = vendor == DatabaseVendor.H2 ? "sa" : "postgres";
        Map<String, Object> properties = new LinkedHashMap<>(ConsoleServer.properties(0, dir.resolve("console.log")));
        properties.put("logging.config", "classpath:console-log-test.xml");
        return new ConsoleFixture(db, ApplicationContexts.start(new DatabaseUrl(db.url(), user, null), properties),
                dir.resolve("input"));
    }

    /** A console over a generated, imported, cleared and audited month ({@link #MONTH}); the next month is on disk. */
    static ConsoleFixture withAuditedMonth(DatabaseVendor vendor, Path dir) throws IOException {
        Path input = dir.resolve("input");
        ScenarioGenerator.generate(new ScenarioRequest(FIRST, 2, input, 1500, 11));
        PatternPlanter.plant(input.resolve(FIRST.toString()), FIRST, 11, 8);
        ConsoleFixture console = start(vendor, dir);
        console.importAndClear(MONTH);
        AuditCommand.engine(dir.resolve("models"), 2).run(console.dsl(), MONTH);
        return console;
    }

    void importAndClear(CycleMonth month) {
        context.getBean(ImportService.class).importFiles(month, StandardCharsets.UTF_8,
                InputFiles.expand(List.of(input.resolve(month.toString()))));
        ClearOutcome outcome = context.getBean(ClearService.class).clear(month, "tester");
        assertThat(outcome.result()).as(outcome.message()).isEqualTo(ClearOutcome.Result.CLEARED);
    }

    /** Adds a user whose password is {@link #password(String)}. */
    void user(String name, Set<Role> roles, RegionScope scope, boolean unmask) {
        assertThat(context.getBean(UserService.class).add(name, roles, scope, unmask, password(name), "tester")).isTrue();
    }

    static String password(String name) {
        return "pw-" + name + "-0123456789";
    }

    DSLContext dsl() {
        return db.dsl();
    }

    int port() {
        return ConsoleServer.port(context);
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            db.close();
        }
    }
}
