package vn.ct20.plan.unit;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** Makes sure the country unit exists (and is published) before anything else is added. */
@ApplicationScoped
public class RootUnit {
    static final String NAME = "Nước Cộng hòa xã hội chủ nghĩa Việt Nam";
    static final LocalDate VALID_FROM = LocalDate.of(1945, 9, 2);

    @Inject
    UnitService units;

    void onStart(@Observes @Priority(100) StartupEvent event) {
        units.ensureRoot();
    }
}
