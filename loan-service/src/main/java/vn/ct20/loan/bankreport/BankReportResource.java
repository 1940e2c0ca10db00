package vn.ct20.loan.bankreport;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.platform.export.Xlsx;
import vn.ct20.platform.web.Codes;

@Path("/api/v1/bank-reports")
@Tag(name = "Bank reports", description = "VBSP's quarterly loan report and yearly report on entrusted local capital, as JSON or XLSX")
@Produces({MediaType.APPLICATION_JSON, Xlsx.MEDIA_TYPE})
@Authenticated
public class BankReportResource {

    @Inject
    BankReportService service;

    @GET
    @Path("/quarterly")
    @Operation(operationId = "getQuarterlyBankReport", summary = "Quarterly loan report of a unit's area (1 January to the end of the quarter)",
            description = "By district for a province, by commune for a district (Circular 01/2020/TT-BLĐTBXH Art. 4). XLSX with Accept: "
                    + Xlsx.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "The report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BankReportDtos.QuarterlyReport.class)),
                    @Content(mediaType = Xlsx.MEDIA_TYPE)})
    public Response quarterly(@QueryParam("unit") @NotBlank @Pattern(regexp = Codes.UNIT) @Parameter(example = "12") String unit,
                              @QueryParam("year") @NotNull @Min(2000) @Max(2100) @Parameter(example = "2024") Integer year,
                              @QueryParam("quarter") @NotNull @Min(1) @Max(4) @Parameter(example = "2") Integer quarter,
                              @Context HttpHeaders headers) {
        BankReportDtos.QuarterlyReport report = service.quarterly(unit, year, quarter);
        if (!Xlsx.isAccepted(headers)) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        List<List<Object>> rows = new ArrayList<>();
        report.rows().forEach(l -> rows.add(row(l)));
        rows.add(row(report.total()));
        return Xlsx.create().sheet("Báo cáo cho vay quý " + quarter + "-" + year, List.of("Đơn vị", "Số khoản vay giải ngân",
                        "Doanh số cho vay (đồng)", "Thu nợ gốc (đồng)", "Thu lãi (đồng)", "Dư nợ (đồng)", "Nợ quá hạn (đồng)", "Số khoản vay quá hạn"), rows)
                .response("bao-cao-cho-vay-" + unit + "-" + year + "-Q" + quarter + ".xlsx");
    }

    @GET
    @Path("/entrusted-capital")
    @Operation(operationId = "getEntrustedCapitalReport", summary = "Yearly report on the management and use of local capital entrusted to VBSP",
            description = "Per entrusted source owned in the unit's area and each allocation of the year. XLSX with Accept: " + Xlsx.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "The report", content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BankReportDtos.EntrustedCapitalReport.class)),
                    @Content(mediaType = Xlsx.MEDIA_TYPE)})
    public Response entrustedCapital(@QueryParam("unit") @NotBlank @Pattern(regexp = Codes.UNIT) @Parameter(example = "89") String unit,
                                     @QueryParam("year") @NotNull @Min(2000) @Max(2100) @Parameter(example = "2024") Integer year,
                                     @Context HttpHeaders headers) {
        BankReportDtos.EntrustedCapitalReport report = service.entrustedCapital(unit, year);
        if (!Xlsx.isAccepted(headers)) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        List<List<Object>> rows = new ArrayList<>();
        for (BankReportDtos.SourceLine s : report.sources()) {
            rows.add(java.util.Arrays.asList(s.sourceCode(), s.sourceName(), s.allocationUnitCode(), s.allocated(), s.disbursedInYear(),
                    s.principalRepaidInYear(), s.interestCollectedInYear(), s.outstandingAtYearEnd(), s.overdueAtYearEnd(), s.available()));
        }
        return Xlsx.create().sheet("Vốn ủy thác năm " + year, List.of("Mã nguồn vốn", "Nguồn vốn", "Đơn vị", "Vốn được giao (đồng)",
                        "Doanh số cho vay (đồng)", "Thu nợ gốc (đồng)", "Thu lãi (đồng)", "Dư nợ cuối năm (đồng)", "Nợ quá hạn (đồng)",
                        "Nguồn vốn còn lại (đồng)"), rows)
                .response("bao-cao-von-uy-thac-" + unit + "-" + year + ".xlsx");
    }

    private static List<Object> row(BankReportDtos.Line l) {
        return java.util.Arrays.asList(l.unitCode(), l.loansDisbursed(), l.disbursed(), l.principalRepaid(), l.interestCollected(),
                l.outstanding(), l.overdue(), l.loansOverdue());
    }
}
