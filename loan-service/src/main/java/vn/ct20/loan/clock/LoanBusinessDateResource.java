package vn.ct20.loan.clock;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.platform.clock.BusinessDate;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.Roles;
import vn.ct20.platform.write.WriteCommand;
import vn.ct20.platform.write.WritePipeline;

@Path("/api/v1/loan-business-date")
@Tag(name = "Business date", description = "The bank's business date and its close of business")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class LoanBusinessDateResource {
    @Inject
    BusinessDate businessDate;

    @Inject
    CloseOfBusiness closeOfBusiness;

    @Inject
    WritePipeline pipeline;

    @GET
    @Operation(operationId = "getLoanBusinessDate", summary = "The business date")
    public BusinessDateDtos.LoanBusinessDate get() {
        return new BusinessDateDtos.LoanBusinessDate(businessDate.today(), businessDate.isSettable());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setLoanBusinessDate", summary = "Set the business date (SYSTEM_ADMIN; rehearsal and training installations only)", description = "409 unless settable.")
    public BusinessDateDtos.LoanBusinessDate set(@Valid @NotNull BusinessDateDtos.LoanBusinessDate view) {
        if (view.businessDate() == null) {
            throw ProblemException.badRequest("businessDate", "must be a date");
        }
        return pipeline.run(WriteCommand.of("loan-business-date.set", BusinessDateDtos.LoanBusinessDate.class)
                .roles(Roles.SYSTEM_ADMIN)
                .nationWide()
                .target("business-date", "loan", null)
                .handler(() -> new BusinessDateDtos.LoanBusinessDate(businessDate.set(view.businessDate()), businessDate.isSettable()))).result();
    }

    @POST
    @Path("/close-of-business")
    @Operation(operationId = "closeBusinessDay", summary = "Close the business day (the bank's head office: LOAN_APPROVER acting for VN, or SYSTEM_ADMIN)",
            description = "Bank-wide: moves the business date to the next day and marks overdue loans and their buckets as of it; "
                    + "publishes ct20.loan.overdue.v1 and ct20.loan.bucket-changed.v1.")
    // The command's transaction holds the close-of-business lock from the first batch until the date
    // moves (the batches commit on their own): it lasts as long as the portfolio takes, not the default 60 s.
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "ct20.close-of-business.timeout", timeout = 3600)
    public BusinessDateDtos.CloseOfBusinessResult close() {
        return pipeline.run(WriteCommand.of("loan-business-date.close-of-business", BusinessDateDtos.CloseOfBusinessResult.class)
                .roles(Roles.LOAN_APPROVER, Roles.SYSTEM_ADMIN)
                .nationWide()
                .target("business-date", "loan", null)
                .handler(closeOfBusiness::run)).result();
    }
}
