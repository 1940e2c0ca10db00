package vn.ct20.report.audit;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.platform.audit.AuditResource;

/** report-service's audit trail at its own path, so that the gateway routes it here. */
@Path("/api/v1/audit/report")
@Tag(name = "Audit", description = "Who changed what, for which unit, before and after (AUDITOR, SYSTEM_ADMIN)")
@Authenticated
public class ReportAuditResource extends AuditResource {
}
