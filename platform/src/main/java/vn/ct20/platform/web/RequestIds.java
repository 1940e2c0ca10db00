package vn.ct20.platform.web;

import org.jboss.logging.MDC;

/** The id of the request being served, carried in the {@code X-Request-Id} header and every log line. */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private RequestIds() {
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
