package vn.ct20.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a service under test at the real PostgreSQL and Kafka of {@link TestInfra} and makes it
 * trust the tokens of {@link TestTokens}. Use with {@code @QuarkusTestResource(Ct20TestResource.class)}.
 */
public class Ct20TestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", TestInfra.jdbcUrl());
        config.put("quarkus.datasource.username", TestInfra.dbUser());
        config.put("quarkus.datasource.password", TestInfra.dbPassword());
        config.put("kafka.bootstrap.servers", TestInfra.kafkaBootstrapServers());
        config.put("mp.jwt.verify.publickey", TestTokens.publicKeyBase64());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // The servers live as long as the test JVM; TestInfra stops them when it ends.
    }
}
