package vn.ct20.loan;

import org.junit.jupiter.api.Test;
import vn.ct20.testkit.Layers;

/** The layer rules of every service, on this one's classes. */
class LayersTest {
    @Test
    void resourcesDoNotTouchTheDatabase() {
        Layers.RESOURCES_DO_NOT_TOUCH_THE_DATABASE.check(Layers.of("vn.ct20.loan"));
    }
}
