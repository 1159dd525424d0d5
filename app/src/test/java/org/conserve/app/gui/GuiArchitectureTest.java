package org.conserve.app.gui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MVVM in the desktop app: views never touch the engine; view models never touch the toolkit. */
class GuiArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importGuiClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.conserve.app.gui");
    }

    @Test
    void viewsUseNeitherTheEngineNorTheSymbolicModule() {
        noClasses().that().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().resideInAnyPackage("org.conserve.engine..", "org.conserve.symbolic..")
                .check(classes);
    }

    @Test
    void viewModelsNeedNoToolkit() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "javafx.animation..", "org.fxmisc..")
                .check(classes);
    }
}
