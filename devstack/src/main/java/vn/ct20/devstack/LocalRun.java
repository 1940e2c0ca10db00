package vn.ct20.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The one-command local run ({@code ./run.sh}): starts PostgreSQL and Kafka (embedded unless the
 * environment names external ones), then the four services as child processes with their logs
 * prefixed, waits until each is healthy, and prints where to start. Ctrl-C stops everything.
 * Data stays in one folder between runs; {@code --fresh} wipes it first.
 */
public final class LocalRun {
    private static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("plan-service", 8081);
        SERVICES.put("report-service", 8082);
        SERVICES.put("loan-service", 8083);
        SERVICES.put("gateway", 8080);
    }

    private final Path home;
    private final Path dataDir;
    private final List<Process> children = new ArrayList<>();
    private DevStack stack;

    private LocalRun(Path home, Path dataDir) {
        this.home = home;
        this.dataDir = dataDir;
    }

    public static void main(String[] args) throws Exception {
        Logging.quietInfrastructure();
        Path home = Path.of(".").toAbsolutePath().normalize();
        boolean fresh = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--fresh" -> fresh = true;
                default -> {
                    System.err.println("unknown option " + args[i] + " (options: --fresh)");
                    System.exit(2);
                }
            }
        }
        Path base = Path.of(System.getenv().getOrDefault("CT20_DATA_DIR", home.resolve(".ct20").toString()));
        LocalRun run = new LocalRun(home, base);
        Runtime.getRuntime().addShutdownHook(new Thread(run::stop, "ct20-stop"));
        try {
            run.start(fresh);
        } catch (Exception e) {
            System.err.println("[ct20] could not start: " + e.getMessage());
            System.exit(1);
        }
        run.waitForChildren();
    }

    private void start(boolean fresh) throws Exception {
        Path data = dataDir.resolve("data");
        if (fresh && Files.exists(data)) {
            say("--fresh: deleting " + data);
            try (Stream<Path> paths = Files.walk(data)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            requireFreePort(service.getValue(), service.getKey());
            Path jar = home.resolve(service.getKey()).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IOException(jar + " is missing: build first (./run.sh does)");
            }
        }
        Map<String, String> env = System.getenv();
        int postgresPort = Integer.parseInt(env.getOrDefault("CT20_POSTGRES_PORT", "15432"));
        int kafkaPort = Integer.parseInt(env.getOrDefault("CT20_KAFKA_PORT", "19092"));
        say("starting PostgreSQL and Kafka (data in " + data + ")");
        stack = DevStack.start(env, data, postgresPort, kafkaPort, DevStack.SERVICE_DATABASES);
        PostgresServer pg = stack.postgres();
        say("PostgreSQL " + (pg.isEmbedded() ? "embedded" : "external") + " at " + pg.host() + ":" + pg.port()
                + ", Kafka " + (stack.kafka() != null ? "embedded" : "external") + " at " + stack.kafkaBootstrapServers());
        JwtKeys keys = JwtKeys.ensure(data.resolve("jwt"));

        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            Map<String, String> serviceEnv = new HashMap<>();
            serviceEnv.put("HTTP_PORT", service.getValue().toString());
            serviceEnv.put("DB_HOST", pg.host());
            serviceEnv.put("DB_PORT", Integer.toString(pg.port()));
            serviceEnv.put("DB_USER", pg.user());
            serviceEnv.put("DB_PASSWORD", pg.password());
            serviceEnv.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
            serviceEnv.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKey.toString());
            if (service.getKey().equals("report-service") || service.getKey().equals("loan-service")) {
                serviceEnv.put("CT20_BUSINESS_DATE_SETTABLE", "true"); // the local run is for rehearsals
            }
            if (service.getKey().equals("gateway")) {
                serviceEnv.put("CT20_DEV_TOKEN_ENABLED", "true");
                serviceEnv.put("GATEWAY_ACCESS_LOG", env.getOrDefault("GATEWAY_ACCESS_LOG", "INFO")); // a developer sees each request
                serviceEnv.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", keys.privateKey.toString());
                SERVICES.forEach((name, port) -> {
                    if (!name.equals("gateway")) {
                        serviceEnv.put(name.replace("-", "_").toUpperCase() + "_URL", "http://127.0.0.1:" + port);
                    }
                });
            }
            launch(service.getKey(), serviceEnv);
        }
        awaitHealthy(Duration.ofSeconds(Long.parseLong(env.getOrDefault("CT20_START_TIMEOUT_SECONDS", "240"))));
        banner();
    }

    private void launch(String name, Map<String, String> serviceEnv) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = home.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-Duser.timezone=Asia/Ho_Chi_Minh", "-jar", jar.toString());
        builder.environment().putAll(serviceEnv);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        children.add(process);
        String prefix = "[" + name + "]" + " ".repeat(Math.max(1, 17 - name.length()));
        Thread logs = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    System.out.println(prefix + line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "logs-" + name);
        logs.setDaemon(true);
        logs.start();
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            URI health = URI.create("http://127.0.0.1:" + service.getValue() + "/q/health/ready");
            while (true) {
                for (Process child : children) {
                    if (!child.isAlive()) {
                        throw new IOException("a service stopped during start-up (exit " + child.exitValue() + "); see its log above");
                    }
                }
                try {
                    if (client.send(HttpRequest.newBuilder(health).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        say(service.getKey() + " is UP");
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException(service.getKey() + " was not healthy after " + timeout.toSeconds() + " s");
                }
                Thread.sleep(500);
            }
        }
    }

    private void banner() {
        String line = "=".repeat(78);
        System.out.println(line);
        System.out.println("CT20 is up.");
        System.out.println("  Gateway     http://localhost:8080   (health: http://localhost:8080/q/health)");
        System.out.println("  Swagger UI  http://localhost:8080/q/swagger-ui");
        System.out.println("  OpenAPI     http://localhost:8080/openapi");
        System.out.println("  Get a token (local run only):");
        System.out.println("    curl -s -X POST localhost:8080/dev/token -H 'Content-Type: application/json' \\");
        System.out.println("         -d '{\"role\":\"SYSTEM_ADMIN\",\"unit\":\"VN\"}'");
        System.out.println("  Then: curl -H \"Authorization: Bearer $TOKEN\" localhost:8080/api/v1/units");
        System.out.println("  Data: " + dataDir.resolve("data") + "  (./run.sh --fresh starts empty)");
        System.out.println("  Stop: Ctrl-C");
        System.out.println(line);
    }

    private void waitForChildren() throws InterruptedException {
        for (Process child : children) {
            child.waitFor();
        }
    }

    /** Stops the services, then Kafka, then PostgreSQL; leaves no process behind. */
    private synchronized void stop() {
        if (stack == null && children.isEmpty()) {
            return;
        }
        say("stopping");
        for (Process child : children) {
            child.descendants().forEach(ProcessHandle::destroy);
            child.destroy();
        }
        for (Process child : children) {
            try {
                if (!child.waitFor(20, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            } catch (InterruptedException e) {
                child.destroyForcibly();
            }
        }
        children.clear();
        if (stack != null) {
            try {
                stack.close();
            } catch (Exception e) {
                System.err.println("[ct20] while stopping PostgreSQL/Kafka: " + e.getMessage());
            }
            stack = null;
        }
        say("stopped");
    }

    private static void requireFreePort(int port, String service) throws IOException {
        try (ServerSocket ignored = new ServerSocket(port)) {
            // free
        } catch (IOException e) {
            throw new IOException("port " + port + " (" + service + ") is in use: is CT20 already running?");
        }
    }

    private static void say(String message) {
        System.out.println("[ct20]             " + message);
    }
}
