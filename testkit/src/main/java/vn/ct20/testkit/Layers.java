package vn.ct20.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The shape every service keeps, checked on its compiled classes (ArchUnit):
 * <ul>
 * <li>a resource speaks HTTP and hands the work to a service; it never reaches the database itself;</li>
 * <li>only repositories query the database;</li>
 * <li>a service is a set of feature packages ({@code vn.ct20.loan.lending}, {@code vn.ct20.loan.borrower} …)
 * that depend on each other in one direction only;</li>
 * <li>a feature's repositories are its own: another feature asks its services, never its tables.</li>
 * </ul>
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

    /**
     * One data-access style: only repositories reach the database (the EntityManager, Hibernate's
     * Session, JDBC); everything else asks a repository, where each query has a name.
     */
    public static final ArchRule ONLY_REPOSITORIES_QUERY_THE_DATABASE = noClasses()
            .that().haveSimpleNameNotEndingWith("Repository")
            .should().dependOnClassesThat().areAssignableTo("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().areAssignableTo("org.hibernate.Session")
            .orShould().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("a query lives in the repository of its table, under a name that says what it answers");

    /** No class uses a repository of another package: a feature's tables are reached through its services. */
    public static final ArchRule REPOSITORIES_STAY_IN_THEIR_FEATURE = noClasses()
            .should(useARepositoryOfAnotherPackage())
            .because("a feature's tables are its internals; another feature goes through its services, where its rules are");

    /** The feature packages under {@code rootPackage} (its first level) depend on each other without a cycle. */
    public static ArchRule featuresAreFreeOfCycles(String rootPackage) {
        return slices().matching(rootPackage + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles()
                .because("a cycle between features means neither can be read, tested or moved without the other");
    }

    /** The production classes of a service's packages ({@code vn.ct20.plan} …), tests left out. */
    public static JavaClasses of(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(rootPackage);
    }

    /** A nested type belongs to its outermost class: a record declared in a repository is that repository's. */
    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static ArchCondition<JavaClass> useARepositoryOfAnotherPackage() {
        return new ArchCondition<>("use a repository of another package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = outermost(dependency.getTargetClass());
                    if (target.getSimpleName().endsWith("Repository")
                            && !target.getPackageName().equals(origin.getPackageName())
                            && !target.getPackageName().startsWith("io.quarkus")) {
                        events.add(SimpleConditionEvent.satisfied(origin, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
