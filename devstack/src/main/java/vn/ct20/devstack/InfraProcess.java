package vn.ct20.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test infrastructure as a child process: starts PostgreSQL and Kafka in throw-away folders,
 * prints one {@code READY} line, then obeys commands on a loopback control port. When standard input
 * closes (the test JVM ended, however it ended) it stops everything and deletes its folders, so
 * no test run leaves a server behind.
 *
 * <p>Kafka runs in its own JVM here rather than in the test JVM so that its Scala classpath
 * never meets Quarkus's test class loaders.
 */
public final class InfraProcess {
    static final String READY = "CT20-DEVSTACK-READY";
    static final String DONE = "CT20-DEVSTACK-DONE";

    private InfraProcess() {
    }

    public static void main(String[] args) throws Exception {
        Logging.quietInfrastructure();
        List<String> databases = args.length > 0 ? Arrays.asList(args[0].split(",")) : List.of("ct20");
        Path dir = Files.createTempDirectory("ct20-devstack-");
        DevStack stack = DevStack.start(System.getenv(), dir, 0, 0, databases);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndDelete(stack, dir)));
        PostgresServer pg = stack.postgres();
        ServerSocket control = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread controller = new Thread(() -> serveCommands(control, stack), "devstack-control");
        controller.setDaemon(true);
        controller.start();
        System.out.println(READY + " jdbc=" + pg.jdbcUrl("") + " user=" + pg.user() + " password=" + pg.password()
                + " kafka=" + stack.kafkaBootstrapServers() + " control=" + control.getLocalPort());
        System.out.flush();
        // Standard input is the lifeline: it closes when the parent JVM ends, however it ends.
        while (System.in.read() != -1) {
            // nothing is read from it
        }
        System.exit(0);
    }

    /** One command per loopback connection: {@code kafka-stop} or {@code kafka-start}; answers {@code DONE}. */
    private static void serveCommands(ServerSocket control, DevStack stack) {
        while (true) {
            try (Socket socket = control.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                String command = String.valueOf(in.readLine()).trim();
                try {
                    switch (command) {
                        case "kafka-stop" -> stack.kafka().stop();
                        case "kafka-start" -> stack.kafka().start();
                        default -> System.err.println("unknown devstack command: " + command);
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                }
                socket.getOutputStream().write((DONE + " " + command + "\n").getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void stopAndDelete(DevStack stack, Path dir) {
        try {
            stack.close();
        } catch (Exception e) {
            e.printStackTrace();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temp folder is harmless; the servers are stopped.
        }
    }
}
