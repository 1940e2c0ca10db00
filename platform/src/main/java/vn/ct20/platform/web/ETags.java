package vn.ct20.platform.web;

import jakarta.ws.rs.core.EntityTag;
import vn.ct20.platform.problem.ProblemException;

/**
 * Optimistic locking over HTTP: reads carry {@code ETag: "<version>"}, updates must send it back
 * in {@code If-Match}. A stale or missing tag refuses the update before anything changes.
 */
public final class ETags {
    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * @throws ProblemException 428 when {@code If-Match} is absent, 412 when it names another version
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "Send the ETag you read in an If-Match header, so that no one else's change is overwritten", null);
        }
        String expected = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            // Strong comparison (RFC 9110): "*" and weak tags name no version, and a change must name the one it was based on.
            if (tag.equals(expected)) {
                return;
            }
        }
        throw new ProblemException(412, "precondition-failed", "Precondition failed",
                "The resource changed since you read it (now at version " + currentVersion + "); read it again", null);
    }
}
