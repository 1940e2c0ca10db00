package vn.ct20.loan.borrower;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.loan.policy.BorrowerCategory;
import vn.ct20.platform.web.Codes;

public final class BorrowerDtos {

    private BorrowerDtos() {
    }

    @Schema(name = "BorrowerCreate", example = """
            {"citizenId":"012098000123","fullName":"Lò Văn Minh","dateOfBirth":"1998-03-14","sex":"MALE","ethnicity":"Dao",
             "category":"POOR","communeCode":"03549"}""")
    public record CreateBorrower(
            // the pattern is checked in the service, so that no validation message ever repeats the number
            @NotBlank @Schema(description = "12-digit citizen ID (CCCD); personal data, masked in responses", example = "012098000123")
            String citizenId,
            @NotBlank @Size(max = 200) String fullName,
            @NotNull @Past LocalDate dateOfBirth,
            @NotNull CitizenId.Sex sex,
            @Size(max = 60) @Schema(nullable = true) String ethnicity,
            @NotNull BorrowerCategory category,
            @NotBlank @Pattern(regexp = Codes.UNIT) @Schema(description = "Commune of permanent residence, valid today", example = "03549")
            String communeCode) {

        @Override
        public String toString() {
            return "CreateBorrower[" + fullName + "]";
        }
    }

    @Schema(name = "Borrower", example = """
            {"id":"2d6f0a1b-7c3e-4f5a-9b8c-1d2e3f4a5b6c","citizenId":"*********123","citizenIdMasked":true,"fullName":"Lò Văn Minh",
             "dateOfBirth":"1998-03-14","sex":"MALE","ethnicity":"Dao","category":"POOR","communeCode":"03549",
             "confirmedBy":null,"confirmedUnitCode":null,"confirmedAt":null,"createdAt":"2026-11-22T03:00:00Z"}""")
    public record BorrowerView(UUID id,
                               @Schema(description = "Masked (all but the last 3 digits) unless the caller is a loan officer or approver of the area")
                               String citizenId, boolean citizenIdMasked, String fullName, LocalDate dateOfBirth, CitizenId.Sex sex,
                               @Schema(nullable = true) String ethnicity, BorrowerCategory category, String communeCode,
                               @Schema(description = "Who at the commune confirmed eligibility", nullable = true) String confirmedBy,
                               @Schema(nullable = true) String confirmedUnitCode,
                               @Schema(nullable = true) Instant confirmedAt, Instant createdAt) {
        static BorrowerView of(Borrower b, boolean reveal) {
            return new BorrowerView(b.id, reveal ? b.citizenId : CitizenId.mask(b.citizenId), !reveal, b.fullName, b.dateOfBirth, b.sex,
                    b.ethnicity, b.category, b.communeCode, b.confirmedBy, b.confirmedUnitCode, b.confirmedAt, b.createdAt);
        }
    }
}
