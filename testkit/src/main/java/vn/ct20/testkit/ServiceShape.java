package vn.ct20.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The shape every service keeps ({@link Layers}), as tests: a service's {@code LayersTest} extends
 * this with its root package and so runs every rule on its own compiled classes.
 */
public abstract class ServiceShape {
    private final String rootPackage;
    private JavaClasses classes;

    protected ServiceShape(String rootPackage) {
        this.rootPackage = rootPackage;
    }

    private JavaClasses classes() {
        if (classes == null) {
            classes = Layers.of(rootPackage);
        }
        return classes;
    }

    @Test
    void resourcesDoNotTouchTheDatabase() {
        Layers.RESOURCES_DO_NOT_TOUCH_THE_DATABASE.check(classes());
    }

    @Test
    void onlyRepositoriesQueryTheDatabase() {
        Layers.ONLY_REPOSITORIES_QUERY_THE_DATABASE.check(classes());
    }

    @Test
    void featuresAreFreeOfCycles() {
        Layers.featuresAreFreeOfCycles(rootPackage).check(classes());
    }

    @Test
    void repositoriesStayInTheirFeature() {
        Layers.REPOSITORIES_STAY_IN_THEIR_FEATURE.check(classes());
    }
}
