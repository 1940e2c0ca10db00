package vn.ct20.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one node), run inside this
 * JVM from the {@code org.apache.kafka:kafka_2.13} artifact. It can be stopped and started again
 * on the same ports and data, which the outbox tests use to prove that nothing is lost.
 */
public final class KafkaBroker implements AutoCloseable {
    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    public KafkaBroker(Path dataDir, int port, int controllerPort) throws IOException {
        this.dataDir = dataDir;
        this.port = port == 0 ? PostgresServer.freePort() : port;
        this.controllerPort = controllerPort == 0 ? PostgresServer.freePort() : controllerPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized void start() throws Exception {
        if (server != null) {
            return;
        }
        Files.createDirectories(dataDir);
        Properties props = serverProperties();
        Path configFile = dataDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            props.store(out, "written by CT20 devstack");
        }
        // Keep the cluster id: a broker restarted on old data refuses a new id.
        Path clusterIdFile = dataDir.resolve("cluster.id");
        if (!Files.exists(clusterIdFile)) {
            Files.writeString(clusterIdFile, Uuid.randomUuid().toString());
        }
        String clusterId = Files.readString(clusterIdFile).trim();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        int rc = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", configFile.toString(), "--ignore-formatted"}, quiet);
        if (rc != 0) {
            throw new IllegalStateException("Kafka storage format failed with code " + rc + " in " + dataDir);
        }
        KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        raftServer.startup();
        server = raftServer;
        awaitReady(Duration.ofSeconds(60));
    }

    private Properties serverProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("logs").toString());
        p.put("num.partitions", "3");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // The 128 MB default buffer sits on the heap of whoever runs the broker.
        p.put("log.cleaner.dedupe.buffer.size", "4194304");
        // Services create their topics at start-up; a typo must not create a stray topic.
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try (Admin admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000))) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                last = e;
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("Kafka broker did not become ready at " + bootstrapServers(), last);
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public void close() {
        stop();
    }
}
