package adjoint.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.backend.ReferenceBackend;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine's layering: no UI toolkit anywhere, and backends that execute primitives without knowing autograd. */
class ArchitectureTest {
    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("adjoint.engine");
        // The rules below would pass vacuously if the class files (Java 25) could not be read.
        assertThat(engine.contain(Tensor.class)).isTrue();
        assertThat(engine.contain(ReferenceBackend.class)).isTrue();
    }

    @Test
    void theEngineDependsOnNoUiToolkit() {
        noClasses().that().resideInAPackage("adjoint.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .check(engine);
    }

    @Test
    void backendsKnowNothingOfAutograd() {
        noClasses().that().resideInAPackage("adjoint.engine.backend..")
                .should().dependOnClassesThat().haveFullyQualifiedName(Tensor.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Node.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Autograd.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(GradNode.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(NoGrad.class.getName())
                .check(engine);
    }

    @Test
    void backendsDoNotReachUpIntoTheLayersAboveThem() {
        noClasses().that().resideInAPackage("adjoint.engine.backend..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("adjoint.engine.nn..", "adjoint.engine.optim..", "adjoint.engine.data..",
                        "adjoint.engine.lang..")
                .check(engine);
    }
}
