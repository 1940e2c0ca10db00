package vn.ct20.platform.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.security.Roles;
import vn.ct20.platform.web.Codes;

/**
 * {@code GET /api/v1/audit/<service>}: the service's audit trail, newest first, for auditors and
 * system administrators. Each service publishes it under its own path (a subclass with
 * {@code @Path}), so that the gateway routes each to its owner.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class AuditResource {
    /** Renamed per service by the contract filter, after the path the service serves it at. */
    public static final String OPERATION_ID = "listAuditRecords";

    private static final String TOKEN = "[A-Za-z0-9._:@-]{1,200}";

    @Inject
    AuditTrail trail;

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.SYSTEM_ADMIN})
    @Operation(operationId = OPERATION_ID, summary = "The audit trail (AUDITOR, SYSTEM_ADMIN)", description = "Every change made through the API or an import, "
            + "newest first: who, acting for which unit, the operation, its target, before and after (citizen IDs masked), request id.")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Field to sort by; '-' in front for descending", schema = @Schema(enumeration = {"recordedAt", "-recordedAt"}))
    public Page<AuditTrail.AuditRecordView> list(
            @QueryParam("targetType") @Pattern(regexp = "[a-z-]{1,60}") @Parameter(example = "loan") String targetType,
            @QueryParam("targetId") @Pattern(regexp = TOKEN) @Parameter(example = "3a9d8c7b-6e5f-4a3b-9c2d-1e0f9a8b7c6d") String targetId,
            @QueryParam("unit") @Pattern(regexp = Codes.UNIT) @Parameter(description = "The unit the data belongs to", example = "03394") String unit,
            @QueryParam("actor") @Pattern(regexp = TOKEN) @Parameter(description = "The token subject", example = "officer@03394") String actor,
            @QueryParam("requestId") @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}") @Parameter(example = "2f4e6a8c-1b3d-4f5e-8a9b-0c1d2e3f4a5b") String requestId,
            @QueryParam("from") @Parameter(description = "Recorded at or after (ISO-8601 instant)", example = "2026-11-01T00:00:00Z") Instant from,
            @QueryParam("to") @Parameter(description = "Recorded before (ISO-8601 instant)", example = "2026-12-01T00:00:00Z") Instant to,
            @Valid @BeanParam PageRequest page) {
        return trail.find(new AuditTrail.Filter(targetType, targetId, unit, actor, requestId, from, to), page);
    }
}
