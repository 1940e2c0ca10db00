package vn.ct20.report.clock;

import vn.ct20.platform.clock.BusinessDate;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.platform.security.Roles;
import vn.ct20.platform.write.WriteCommand;
import vn.ct20.platform.write.WritePipeline;

@Path("/api/v1/report-business-date")
@Tag(name = "Business date", description = "The date report-service dates submissions with and judges reminders on")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class BusinessDateResource {
    @Inject
    BusinessDate businessDate;

    @GET
    @Operation(operationId = "getReportBusinessDate", summary = "The current business date")
    public BusinessDateDtos.ReportBusinessDate get() {
        return new BusinessDateDtos.ReportBusinessDate(businessDate.today(), businessDate.isSettable());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setReportBusinessDate", summary = "Set the business date (SYSTEM_ADMIN; rehearsal and training environments only)",
            description = "Refused with 409 unless ct20.business-date.settable=true. {\"businessDate\": null} follows the calendar again; "
                    + "an empty body is refused.")
    public BusinessDateDtos.ReportBusinessDate set(@jakarta.validation.Valid @jakarta.validation.constraints.NotNull BusinessDateDtos.ReportBusinessDate view) {
        return pipeline.run(WriteCommand.of("report-business-date.set", BusinessDateDtos.ReportBusinessDate.class)
                .roles(Roles.SYSTEM_ADMIN)
                .nationWide()
                .target("business-date", "report", null)
                .handler(() -> new BusinessDateDtos.ReportBusinessDate(businessDate.set(view.businessDate()), businessDate.isSettable()))).result();
    }

    @Inject
    WritePipeline pipeline;
}
