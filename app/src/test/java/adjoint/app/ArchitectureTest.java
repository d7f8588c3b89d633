package adjoint.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final ClassFileImporter IMPORTER =
            new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);

    @Test
    void engineDoesNotDependOnJavaFx() {
        JavaClasses engine = IMPORTER.importPackages("adjoint.engine");
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(engine);
    }

    @Test
    void commandLineDoesNotLoadJavaFx() {
        JavaClasses app = IMPORTER.importPackages("adjoint.app");
        noClasses().that().resideInAPackage("adjoint.app.cli..")
                .or().haveFullyQualifiedName(Main.class.getName())
                .or().haveFullyQualifiedName(AppVersion.class.getName())
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(app);
    }

    @Test
    void documentModelAndSettingsDoNotDependOnJavaFxScenes() {
        JavaClasses app = IMPORTER.importPackages("adjoint.app");
        noClasses().that().resideInAnyPackage("adjoint.app.document..", "adjoint.app.model..", "adjoint.app.settings..")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(app);
    }

    @Test
    void documentModelAndCommandsDoNotDependOnJavaFxAtAll() {
        JavaClasses app = IMPORTER.importPackages("adjoint.app");
        noClasses().that().resideInAPackage("adjoint.app.document..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(app);
    }

    @Test
    void onlyGraphLayoutKnowsElk() {
        JavaClasses app = IMPORTER.importPackages("adjoint.app");
        noClasses().that().doNotHaveFullyQualifiedName("adjoint.app.document.GraphLayout")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.elk..")
                .check(app);
    }
}
