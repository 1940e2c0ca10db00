package vn.ct20.platform.document;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import vn.ct20.platform.problem.ProblemException;

/**
 * The renderings of a report a caller can ask for with {@code Accept}: JSON (the data, the default),
 * PDF (the document to sign and file) or XLSX (the same document as a workbook). The first of the
 * caller's acceptable types, by quality, that is one of these wins.
 */
public enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON), PDF(PdfRendering.MEDIA_TYPE), XLSX(XlsxRendering.MEDIA_TYPE);

    public final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public static ReportFormat chosen(HttpHeaders headers) {
        // Acceptable types come sorted by quality, then by how specific they are.
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        for (MediaType type : acceptable) {
            if (refused(type)) {
                continue;
            }
            if (type.isWildcardType() || type.isWildcardSubtype() && type.getType().equals("application")) {
                return JSON;
            }
            for (ReportFormat format : values()) {
                if (type.isCompatible(MediaType.valueOf(format.mediaType))) {
                    return format;
                }
            }
        }
        if (!acceptable.isEmpty() && acceptable.stream().allMatch(ReportFormat::refused)) {
            throw new ProblemException(406, "not-acceptable", "Not Acceptable", "Accept refuses every type this report is given in: "
                    + "application/json, application/pdf, " + XlsxRendering.MEDIA_TYPE, null);
        }
        return JSON;
    }

    /** {@code q=0}: the caller does not want this type at all. */
    private static boolean refused(MediaType type) {
        String quality = type.getParameters().get("q");
        try {
            return quality != null && Double.parseDouble(quality) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The answer in the chosen format: {@code data} as JSON, or the document built (only then) by
     * {@code document}, as a download named after it.
     */
    public static Response respond(HttpHeaders headers, Object data, Supplier<OfficialReport> document) {
        ReportFormat format = chosen(headers);
        if (format == JSON) {
            return Response.ok(data, MediaType.APPLICATION_JSON).header("Vary", "Accept").build();
        }
        OfficialReport report = document.get();
        byte[] body = format == PDF ? PdfRendering.render(report) : XlsxRendering.render(report);
        String extension = format == PDF ? ".pdf" : ".xlsx";
        return Response.ok(body, format.mediaType).header("Content-Disposition", "attachment; filename=\"" + report.fileName() + extension + "\"")
                .header("Vary", "Accept").build();
    }
}
