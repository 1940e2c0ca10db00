package vn.ct20.report;

import vn.ct20.testkit.ServiceShape;

/** The shape every service keeps (testkit's {@code Layers}), on this one's classes. */
class LayersTest extends ServiceShape {
    LayersTest() {
        super("vn.ct20.report");
    }
}
