package vn.ct20.report;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import vn.ct20.testkit.Layers;

/** The shape every service keeps (testkit's {@link Layers}), on this one's classes. */
class LayersTest {
    private static final JavaClasses CLASSES = Layers.of("vn.ct20.report");

    @Test
    void resourcesDoNotTouchTheDatabase() {
        Layers.RESOURCES_DO_NOT_TOUCH_THE_DATABASE.check(CLASSES);
    }

    @Test
    void onlyRepositoriesQueryTheDatabase() {
        Layers.ONLY_REPOSITORIES_QUERY_THE_DATABASE.check(CLASSES);
    }

    @Test
    void featuresAreFreeOfCycles() {
        Layers.featuresAreFreeOfCycles("vn.ct20.report").check(CLASSES);
    }

    @Test
    void repositoriesStayInTheirFeature() {
        Layers.REPOSITORIES_STAY_IN_THEIR_FEATURE.check(CLASSES);
    }
}
