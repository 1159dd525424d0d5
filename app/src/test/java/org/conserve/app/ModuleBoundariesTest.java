package org.conserve.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: app -> examples -> symbolic -> engine (docs: shared/design/architecture.md). */
class ModuleBoundariesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.conserve");
    }

    @Test
    void engineUsesNeitherSymjaNorJavaFxNorUpperModules() {
        noClasses().that().resideInAPackage("org.conserve.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.matheclipse..", "javafx..", "org.conserve.symbolic..",
                        "org.conserve.examples..", "org.conserve.app..")
                .check(classes);
    }

    @Test
    void symbolicUsesNeitherJavaFxNorUpperModules() {
        noClasses().that().resideInAPackage("org.conserve.symbolic..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.conserve.examples..", "org.conserve.app..")
                .check(classes);
    }

    @Test
    void examplesDoNotUseTheApp() {
        noClasses().that().resideInAPackage("org.conserve.examples..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.conserve.app..")
                .check(classes);
    }
}
