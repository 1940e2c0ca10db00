package vn.ct20.devstack;

/** Keeps the embedded servers' chatter out of the output unless something goes wrong. */
final class Logging {
    private Logging() {
    }

    static void quietInfrastructure() {
        // slf4j-simple reads these once, when the first logger is made.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.kafka", "error");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        System.setProperty("org.slf4j.simpleLogger.log.state.change.logger", "error");
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    }
}
