package vn.ct20.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link InfraProcess} from a test JVM and talks to it. Uses only the JDK, so a test
 * classpath can hold this class without Kafka's or PostgreSQL's dependencies: the child's
 * classpath comes from {@code classpath.txt}, which the devstack build writes beside its classes.
 */
public final class InfraClient implements AutoCloseable {
    private final Process process;
    private final Writer input;
    private final Map<String, String> facts;

    private InfraClient(Process process, Writer input, Map<String, String> facts) {
        this.process = process;
        this.input = input;
        this.facts = facts;
    }

    public static InfraClient start(String databases) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-cp", childClasspath(),
                InfraProcess.class.getName(), databases);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        String line;
        while ((line = output.readLine()) != null) {
            if (line.startsWith(InfraProcess.READY)) {
                Map<String, String> facts = new HashMap<>();
                for (String part : line.substring(InfraProcess.READY.length()).trim().split(" ")) {
                    int eq = part.indexOf('=');
                    facts.put(part.substring(0, eq), part.substring(eq + 1));
                }
                InfraClient client = new InfraClient(process, input, facts);
                Thread drain = new Thread(() -> output.lines().forEach(l -> System.out.println("[devstack] " + l)), "devstack-output");
                drain.setDaemon(true);
                drain.start();
                Runtime.getRuntime().addShutdownHook(new Thread(client::close));
                return client;
            }
            System.out.println("[devstack] " + line);
        }
        throw new IOException("devstack process ended before it was ready (exit " + waitFor(process) + ")");
    }

    /** JDBC URL prefix ending in '/': append the database name. */
    public String jdbcBase() { return facts.get("jdbc"); }
    public String user() { return facts.get("user"); }
    public String password() { return facts.get("password"); }
    public String kafkaBootstrapServers() { return facts.get("kafka"); }

    public int controlPort() { return Integer.parseInt(facts.get("control")); }

    /**
     * Sends a command to the infrastructure process listening on {@code controlPort}; returns
     * when it is done. Static, so that any class loader holding only the port can use it.
     */
    public static void command(int controlPort, String command) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), controlPort)) {
            socket.setSoTimeout(120_000);
            socket.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (!(InfraProcess.DONE + " " + command).equals(answer)) {
                throw new IOException("devstack did not complete " + command + ": " + answer);
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            input.close(); // the child stops its servers when its standard input closes
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String childClasspath() throws IOException {
        try (InputStream in = InfraClient.class.getResourceAsStream("classpath.txt")) {
            if (in == null) {
                throw new IOException("classpath.txt missing beside " + InfraClient.class.getName() + ": build the devstack module first");
            }
            String dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            String own = Path.of(InfraClient.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            return own + java.io.File.pathSeparator + dependencies;
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
