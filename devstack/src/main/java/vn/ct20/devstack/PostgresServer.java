package vn.ct20.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * A real PostgreSQL 17 server run from the binaries on Maven Central (no Docker, nothing
 * installed by hand), or an external server named by the caller. Creates one database per service.
 */
public final class PostgresServer implements AutoCloseable {
    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String user;
    private final String password;

    private PostgresServer(EmbeddedPostgres embedded, String host, int port, String user, String password) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /**
     * Starts an embedded server whose data lives in {@code dataDir}; an existing cluster there is
     * reused, so data survives restarts. {@code port} 0 picks a free port.
     */
    public static PostgresServer startEmbedded(Path dataDir, Path binariesDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        Files.createDirectories(binariesDir);
        EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // The default shared temp folder breaks when two users run the suite on one machine.
                .setOverrideWorkingDirectory(binariesDir.toFile())
                .setPort(port == 0 ? freePort() : port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
                .start();
        return new PostgresServer(embedded, "127.0.0.1", embedded.getPort(), SUPERUSER, SUPERUSER);
    }

    /** Uses a server the operator already runs; nothing is started or stopped. */
    public static PostgresServer external(String host, int port, String user, String password) {
        return new PostgresServer(null, host, port, user, password);
    }

    public String host() { return host; }
    public int port() { return port; }
    public String user() { return user; }
    public String password() { return password; }
    public boolean isEmbedded() { return embedded != null; }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Creates each database that does not exist yet; existing ones and their data are kept. */
    public void createDatabases(List<String> databases) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password)) {
            for (String database : databases) {
                if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
                    throw new IllegalArgumentException("Not a safe database name: " + database);
                }
                try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    exists.setString(1, database);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                }
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
