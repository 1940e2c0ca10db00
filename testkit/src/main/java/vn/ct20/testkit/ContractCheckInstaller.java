package vn.ct20.testkit;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/** Puts {@link ContractCheck} in front of every RestAssured call of every {@code @QuarkusTest}. */
public class ContractCheckInstaller implements QuarkusTestBeforeEachCallback {
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(ContractCheck.INSTANCE)) {
            RestAssured.filters(ContractCheck.INSTANCE);
        }
    }
}
