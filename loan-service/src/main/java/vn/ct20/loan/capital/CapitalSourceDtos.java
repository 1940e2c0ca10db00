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
            String ownerUnitCode) {
    }

    @Schema(name = "CapitalSourceRename", example = """
            {"name":"Vốn ngân sách tỉnh Lạng Sơn ủy thác qua NHCSXH (bổ sung 2024)"}""")
    public record RenameCapitalSource(@NotBlank @Size(max = 300) String name) {
    }

    @Schema(name = "CapitalSource", example = """
            {"id":"0b7e4f3a-9d4c-4c55-8f5e-2a1b3c4d5e6f","code":"UT-20-2024","name":"Vốn ngân sách tỉnh Lạng Sơn ủy thác qua NHCSXH",
             "kind":"PROVINCIAL_BUDGET_ENTRUSTED","ownerUnitCode":"20","version":0}""")
    public record CapitalSourceView(UUID id, String code, String name, CapitalSourceKind kind, String ownerUnitCode, long version) {
        static CapitalSourceView of(CapitalSource source) {
            return new CapitalSourceView(source.id, source.code, source.name, source.kind, source.ownerUnitCode, source.version);
        }
    }
}
