package org.fundclear.jobs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ARCHITECTURE.md's module and package rules, checked on the compiled classes of every module. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // test classes (also the sql module's test jar) are not the product; jOOQ's generated classes are its own
        ImportOption productOnly = location -> !location.contains("/test-classes/") && !location.contains("-tests.jar");
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(productOnly).importPackages("org.fundclear");
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.fundclear.(**)").should().beFreeOfCycles()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage("org.fundclear.sql.jooq.."))
                .check(classes);
    }

    @Test
    void clearingNeverUsesAuditReportsOrTheApplication() {
        noClasses().that().resideInAPackage("org.fundclear.clearing..").should().dependOnClassesThat()
                .resideInAnyPackage("org.fundclear.audit..", "org.fundclear.reports..", "org.fundclear.jobs..")
                .check(classes);
    }

    @Test
    void auditNeverUsesReportsOrTheApplication() {
        noClasses().that().resideInAPackage("org.fundclear.audit..").should().dependOnClassesThat()
                .resideInAnyPackage("org.fundclear.reports..", "org.fundclear.jobs..").check(classes);
    }

    @Test
    void domainsKnowNothingOfFrameworksOrTheTerminal() {
        noClasses().that().resideInAnyPackage("org.fundclear.clearing..", "org.fundclear.audit..", "org.fundclear.sql..",
                        "org.fundclear.generator..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "picocli..", "org.quartz..",
                        "jakarta.servlet..", "org.thymeleaf..")
                .check(classes);
    }

    @Test
    void insideAuditDependenciesRunOneWay() {
        noClasses().that().resideInAPackage("org.fundclear.audit.scope..").should().dependOnClassesThat()
                .resideInAnyPackage("org.fundclear.audit.rules..", "org.fundclear.audit.model..",
                        "org.fundclear.audit.casework..")
                .check(classes);
        noClasses().that().resideInAPackage("org.fundclear.audit.finding..").should().dependOnClassesThat()
                .resideInAnyPackage("org.fundclear.audit.casework..", "org.fundclear.audit.rules..",
                        "org.fundclear.audit.model..")
                .check(classes);
    }

    @Test
    void theConsoleAndTheCommandLineAreAdaptersOverTheSameServices() {
        noClasses().that().resideInAPackage("org.fundclear.jobs.web..").should().dependOnClassesThat()
                .resideInAnyPackage("picocli..", "org.fundclear.jobs.cli..", "org.jooq..")
                .check(classes);
        // `serve` starts the console through config.ConsoleServer; no command reaches into the web package
        noClasses().that().resideInAPackage("org.fundclear.jobs.cli..").should().dependOnClassesThat()
                .resideInAPackage("org.fundclear.jobs.web..").check(classes);
    }

    @Test
    void servicesAndAdaptersLeaveSqlToTheModulesThatOwnTheTables() {
        // the measuring harnesses (bench, audit evaluation) and the batch wiring keep their own queries; use cases don't
        noClasses().that().resideInAnyPackage("org.fundclear.jobs.web..", "org.fundclear.jobs.cli..",
                        "org.fundclear.jobs.finance..", "org.fundclear.jobs.console..", "org.fundclear.jobs.cases..",
                        "org.fundclear.jobs.users..", "org.fundclear.jobs.history..", "org.fundclear.jobs.reports..",
                        "org.fundclear.jobs.schedule..", "org.fundclear.jobs.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fundclear.sql.jooq.tables", "org.jooq.impl")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.fundclear.sql.jooq.Tables")
                .check(classes);
    }
}
