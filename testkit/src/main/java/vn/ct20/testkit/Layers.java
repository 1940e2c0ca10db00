package vn.ct20.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layer rules every service keeps, checked on its compiled classes (ArchUnit): a resource
 * speaks HTTP and hands the work to a service; it never reaches the database itself.
 */
public final class Layers {
    private Layers() {
    }

    /** A class answering HTTP ({@code @Path}) uses neither the EntityManager nor a repository. */
    public static final ArchRule RESOURCES_DO_NOT_TOUCH_THE_DATABASE = noClasses()
            .that().areAnnotatedWith("jakarta.ws.rs.Path")
            .should().dependOnClassesThat().areAssignableTo("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .because("a resource speaks HTTP and hands the work to a service, which owns the transaction and the queries");

    /** The production classes of a service's packages ({@code vn.ct20.plan} …), tests left out. */
    public static JavaClasses of(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(rootPackage);
    }
}
