package vn.ct20.events;

import java.util.List;

/**
 * A Kafka topic of the suite. One topic per aggregate family; the key of every record is the
 * aggregate id. Compacted topics keep the latest state of every key for ever, so a new service
 * can build its replica by reading the topic from the beginning.
 */
public enum Topic {
    UNIT_EVENTS("ct20.unit.events", 3, true, "Latest state of every administrative unit (plan-service)."),
    PLAN_EVENTS("ct20.plan.events", 3, false, "Plans, targets, tasks, budget lines and reporting regimes (plan-service)."),
    REPORT_EVENTS("ct20.report.events", 3, false, "Obligations, submissions, reviews and timeliness (report-service)."),
    LOAN_EVENTS("ct20.loan.events", 3, false, "Borrowers, loans, disbursements, repayments and capital (loan-service).");

    /** Suffix of the dead-letter topic that each consumed topic has. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private final String topicName;
    private final int partitions;
    private final boolean compacted;
    private final String description;

    Topic(String topicName, int partitions, boolean compacted, String description) {
        this.topicName = topicName;
        this.partitions = partitions;
        this.compacted = compacted;
        this.description = description;
    }

    public String topicName() { return topicName; }
    public int partitions() { return partitions; }
    public boolean compacted() { return compacted; }
    public String description() { return description; }
    public String deadLetterTopicName() { return topicName + DEAD_LETTER_SUFFIX; }

    public static List<Topic> all() { return List.of(values()); }

    public static Topic byName(String name) {
        for (Topic topic : values()) {
            if (topic.topicName.equals(name)) {
                return topic;
            }
        }
        throw new IllegalArgumentException("Unknown CT20 topic: " + name);
    }
}
