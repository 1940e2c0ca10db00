package vn.ct20.platform;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** platform's packages depend on each other in one direction only: a cycle fails the build. */
class PackagesTest {
    @Test
    void platformPackagesAreFreeOfCycles() {
        slices().matching("vn.ct20.platform.(*)..").should().beFreeOfCycles()
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.ct20.platform"));
    }
}
