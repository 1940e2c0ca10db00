package vn.ct20.platform.logging;

import org.jboss.logging.MDC;

/** The id of the request being served, carried in the {@code X-Request-Id} header and every log line. */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final java.util.regex.Pattern SAFE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    /**
     * The id a request is served under: the one the caller (or the gateway) sent, if it is a short
     * plain token, otherwise a new UUID; a header value must never inject text into logs.
     */
    public static String accept(String offered) {
        return offered != null && SAFE_ID.matcher(offered).matches() ? offered : java.util.UUID.randomUUID().toString();
    }

    /** Work a request started on a thread of its own (an import's rows) runs under the request's id. */
    private static final ThreadLocal<String> BACKGROUND = new ThreadLocal<>();

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id != null ? id.toString() : BACKGROUND.get();
    }

    /** Runs {@code work} on this thread under request id {@code id}, in the log and in audit records. */
    public static void runUnder(String id, Runnable work) {
        BACKGROUND.set(id);
        MDC.put(MDC_KEY, id);
        try {
            work.run();
        } finally {
            MDC.remove(MDC_KEY);
            BACKGROUND.remove();
        }
    }
}
