package vn.ct20.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL and Kafka for the suite. Each is embedded unless the environment names an external
 * one with the same keys docker-compose uses: {@code DB_HOST}, {@code DB_PORT}, {@code DB_USER},
 * {@code DB_PASSWORD}; {@code KAFKA_BOOTSTRAP_SERVERS}.
 */
public final class DevStack implements AutoCloseable {
    public static final List<String> SERVICE_DATABASES = List.of("ct20_plan", "ct20_report", "ct20_loan");

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final String externalKafka;

    private DevStack(PostgresServer postgres, KafkaBroker kafka, String externalKafka) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.externalKafka = externalKafka;
    }

    /**
     * @param dataDir     where embedded servers keep their data (kept between runs)
     * @param postgresPort embedded PostgreSQL port, 0 for a free one
     * @param kafkaPort    embedded Kafka port, 0 for a free one
     */
    public static DevStack start(Map<String, String> env, Path dataDir, int postgresPort, int kafkaPort,
                                 List<String> databases) throws Exception {
        PostgresServer postgres;
        String dbHost = env.get("DB_HOST");
        if (dbHost != null && !dbHost.isBlank()) {
            postgres = PostgresServer.external(dbHost, Integer.parseInt(env.getOrDefault("DB_PORT", "5432")),
                    env.getOrDefault("DB_USER", PostgresServer.SUPERUSER), env.getOrDefault("DB_PASSWORD", ""));
        } else {
            postgres = PostgresServer.startEmbedded(dataDir.resolve("postgres"), dataDir.resolve("pg-binaries"), postgresPort);
        }
        try {
            postgres.createDatabases(databases);
            String bootstrap = env.get("KAFKA_BOOTSTRAP_SERVERS");
            if (bootstrap != null && !bootstrap.isBlank()) {
                return new DevStack(postgres, null, bootstrap);
            }
            KafkaBroker kafka = new KafkaBroker(dataDir.resolve("kafka"), kafkaPort, kafkaPort == 0 ? 0 : kafkaPort + 1);
            kafka.start();
            return new DevStack(postgres, kafka, null);
        } catch (Exception e) {
            postgres.close();
            throw e;
        }
    }

    public PostgresServer postgres() { return postgres; }

    /** The embedded broker, or null when an external Kafka is used. */
    public KafkaBroker kafka() { return kafka; }

    public String kafkaBootstrapServers() {
        return kafka != null ? kafka.bootstrapServers() : externalKafka;
    }

    @Override
    public void close() throws Exception {
        if (kafka != null) {
            kafka.close();
        }
        postgres.close();
    }
}
