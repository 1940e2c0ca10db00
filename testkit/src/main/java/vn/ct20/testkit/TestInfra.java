package vn.ct20.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import vn.ct20.devstack.InfraClient;

/**
 * The real PostgreSQL and Kafka of this test JVM: one child process, started on first use and
 * stopped when the JVM ends. Quarkus may load test classes and test resources in different class
 * loaders, so the shared state is kept in system properties with JDK types only.
 */
public final class TestInfra {
    private static final String FACTS = "ct20.testkit.infra.facts";
    private static final String COMMANDS = "ct20.testkit.infra.commands";

    private TestInfra() {
    }

    @SuppressWarnings("unchecked")
    static synchronized Map<String, String> facts() {
        Properties props = System.getProperties();
        synchronized (props) {
            Object facts = props.get(FACTS);
            if (facts == null) {
                try {
                    InfraClient client = InfraClient.start("ct20_test");
                    facts = Map.of("jdbc", client.jdbcBase() + "ct20_test", "user", client.user(),
                            "password", client.password(), "kafka", client.kafkaBootstrapServers());
                    Consumer<String> commands = command -> {
                        try {
                            if (command.equals("kafka-stop")) {
                                client.stopKafka();
                            } else {
                                client.startKafka();
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    };
                    props.put(COMMANDS, commands);
                    props.put(FACTS, facts);
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start the test PostgreSQL and Kafka", e);
                }
            }
            return (Map<String, String>) facts;
        }
    }

    public static String jdbcUrl() { return facts().get("jdbc"); }
    public static String dbUser() { return facts().get("user"); }
    public static String dbPassword() { return facts().get("password"); }
    public static String kafkaBootstrapServers() { return facts().get("kafka"); }

    /** Stops the broker (its data is kept) to test behaviour during an outage. */
    public static void stopKafka() { command("kafka-stop"); }

    /** Starts the broker again on the same port and data. */
    public static void startKafka() { command("kafka-start"); }

    @SuppressWarnings("unchecked")
    private static void command(String command) {
        facts();
        ((Consumer<String>) System.getProperties().get(COMMANDS)).accept(command);
    }
}
