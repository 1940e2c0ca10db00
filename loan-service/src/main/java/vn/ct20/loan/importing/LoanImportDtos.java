package vn.ct20.loan.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the importing feature answers and takes, as its OpenAPI document names them. */
public final class LoanImportDtos {
    private LoanImportDtos() {
    }

    @Schema(name = "LoanImport", example = """
            {"id":"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","dryRun":false,"status":"DONE","totalRows":3,"processedRows":3,"imported":2,
             "updated":0,"rejected":1,"rejections":[{"line":4,"field":"citizenId","message":"does not match the year of birth"}],
             "createdBy":"nguyen.van.a@12","createdAt":"2026-11-22T03:00:00Z","finishedAt":"2026-11-22T03:00:02Z"}""")
    public record ImportView(UUID id, boolean dryRun, String status, int totalRows, int processedRows, int imported, int updated,
                             int rejected, List<Rejection> rejections, String createdBy, Instant createdAt,
                             @Schema(nullable = true) Instant finishedAt) {
    }

    public record Rejection(int line, String field, String message) {
    }
}
