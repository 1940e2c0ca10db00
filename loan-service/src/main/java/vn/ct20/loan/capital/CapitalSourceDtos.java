package vn.ct20.loan.capital;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.platform.web.Codes;

public final class CapitalSourceDtos {
    private CapitalSourceDtos() {
    }

    @Schema(name = "CapitalSourceCreate", example = """
            {"code":"UT-20-2024","name":"Vốn ngân sách tỉnh Lạng Sơn ủy thác qua NHCSXH","kind":"PROVINCIAL_BUDGET_ENTRUSTED","ownerUnitCode":"20"}""")
    public record CreateCapitalSource(
            @NotBlank @Pattern(regexp = "[0-9A-Z][0-9A-Z_.-]{1,39}", message = "must be 2 to 40 capital letters, digits, '.', '_' or '-'")
            @Schema(description = "Code the bank uses for the source", example = "UT-20-2024") String code,
            @NotBlank @Size(max = 300) @Schema(example = "Vốn ngân sách tỉnh Lạng Sơn ủy thác qua NHCSXH") String name,
            @NotNull CapitalSourceKind kind,
            @NotBlank @Pattern(regexp = Codes.UNIT)
            @Schema(description = "Locality whose budget or branch holds the capital; VN for central capital", example = "20")
            String ownerUnitCode,
            @Schema(description = "Whether principal repaid is lent again. Default false: disbursements never exceed the allocation "
                    + "(LOAN_RULES.md). Fixed at registration.", nullable = true, defaultValue = "false") Boolean revolving) {
    }

    @Schema(name = "CapitalSourceRename", example = """
            {"name":"Vốn ngân sách tỉnh Lạng Sơn ủy thác qua NHCSXH (bổ sung 2024)"}""")
    public record RenameCapitalSource(@NotBlank @Size(max = 300) String name) {
    }

    @Schema(name = "CapitalSource", example = """
            {"id":"0b7e4f3a-9d4c-4c55-8f5e-2a1b3c4d5e6f","code":"UT-20-2024","name":"Vốn ngân sách tỉnh Lạng Sơn ủy thác qua NHCSXH",
             "kind":"PROVINCIAL_BUDGET_ENTRUSTED","ownerUnitCode":"20","revolving":false,"version":0}""")
    public record CapitalSourceView(UUID id, String code, String name, CapitalSourceKind kind, String ownerUnitCode,
                                    @Schema(description = "Whether principal repaid is lent again") boolean revolving, long version) {
        static CapitalSourceView of(CapitalSource source) {
            return new CapitalSourceView(source.id, source.code, source.name, source.kind, source.ownerUnitCode, source.revolving, source.version);
        }
    }

    @Schema(name = "CapitalAllocation", example = """
            {"id":"4c3b2a19-0807-4605-9403-f2e1d0c9b8a7","sourceId":"9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a","unitCode":"20","year":2024,
             "allocated":20000000000,"committed":450000000,"disbursed":12500000000,"repaid":3100000000,"available":7500000000}""")
    public record AllocationView(UUID id, UUID sourceId, String unitCode, int year, long allocated,
                                 @Schema(description = "Approved but not yet disbursed") long committed,
                                 long disbursed, @Schema(description = "Principal repaid (lendable again only from a revolving source)") long repaid,
                                 @Schema(description = "What is left to lend: allocated − disbursed, + repaid for a revolving source") long available) {
    }

    @Schema(name = "AllocationInput", example = """
            {"unitCode":"12","year":2024,"allocated":20000000000}""")
    public record AllocationInput(@jakarta.validation.constraints.NotBlank
                                  @jakarta.validation.constraints.Pattern(regexp = Codes.UNIT) String unitCode,
                                  @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Min(2000)
                                  @jakarta.validation.constraints.Max(2100) Integer year,
                                  @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.PositiveOrZero Long allocated) {
    }

    /** One allocation of an entrusted (local budget) source for the bank's yearly report. */
    public record Entrusted(UUID sourceId, String sourceCode, String sourceName, String unitCode, long allocated, long available) {
    }
}
