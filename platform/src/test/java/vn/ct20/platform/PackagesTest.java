package vn.ct20.platform;

import org.junit.jupiter.api.Test;
import vn.ct20.testkit.Layers;

/** platform's packages depend on each other in one direction only: a cycle fails the build (the services' rule). */
class PackagesTest {
    @Test
    void platformPackagesAreFreeOfCycles() {
        Layers.featuresAreFreeOfCycles("vn.ct20.platform").check(Layers.of("vn.ct20.platform"));
    }
}
