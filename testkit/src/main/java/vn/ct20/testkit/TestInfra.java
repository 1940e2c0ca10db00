package vn.ct20.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import vn.ct20.devstack.InfraClient;

/**
 * The real PostgreSQL and Kafka of this test JVM: one child process, started on first use and
 * stopped when the JVM ends. Quarkus may load test classes and test resources in different class
 * loaders, so what they share is kept in system properties, as strings only (other libraries read
 * every system property as a string).
 */
public final class TestInfra {
    private static final String PREFIX = "ct20.testkit.infra.";
    /** Holds the child process for the JVM's lifetime in the class loader that started it. */
    private static InfraClient client;

    private TestInfra() {
    }

    private static String fact(String name) {
        Properties props = System.getProperties();
        synchronized (props) {
            if (props.getProperty(PREFIX + "jdbc") == null) {
                try {
                    client = InfraClient.start("ct20_test");
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start the test PostgreSQL and Kafka", e);
                }
                props.setProperty(PREFIX + "user", client.user());
                props.setProperty(PREFIX + "password", client.password());
                props.setProperty(PREFIX + "kafka", client.kafkaBootstrapServers());
                props.setProperty(PREFIX + "control", Integer.toString(client.controlPort()));
                props.setProperty(PREFIX + "jdbc", client.jdbcBase() + "ct20_test");
            }
            return props.getProperty(PREFIX + name);
        }
    }

    public static String jdbcUrl() { return fact("jdbc"); }
    public static String dbUser() { return fact("user"); }
    public static String dbPassword() { return fact("password"); }
    public static String kafkaBootstrapServers() { return fact("kafka"); }

    /** Stops the broker (its data is kept) to test behaviour during an outage. */
    public static void stopKafka() { command("kafka-stop"); }

    /** Starts the broker again on the same port and data. */
    public static void startKafka() { command("kafka-start"); }

    private static void command(String command) {
        try {
            InfraClient.command(Integer.parseInt(fact("control")), command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
