package vn.ct20.loan.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import vn.ct20.events.EventJson;
import vn.ct20.events.EventType;
import vn.ct20.loan.borrower.CitizenId;
import vn.ct20.loan.clock.LoanBusinessDate;
import vn.ct20.loan.loan.Loan;
import vn.ct20.loan.loan.LoanBalance;
import vn.ct20.loan.loan.LoanService;
import vn.ct20.loan.loan.RepaymentSchedule;
import vn.ct20.loan.policy.BorrowerCategory;
import vn.ct20.loan.policy.LoanPolicy;
import vn.ct20.loan.policy.LoanProduct;
import vn.ct20.loan.policy.PolicyService;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.CurrentUser;
import vn.ct20.platform.security.Roles;
import vn.ct20.platform.security.UnitScope;
import vn.ct20.platform.web.Codes;

/**
 * Bulk import of loans the bank already holds (CSV). Each loan was disbursed in full on its date and
 * is repaid at maturity; principal already repaid and interest up to the import are settled in the
 * old system and recorded as one settlement movement, so balances continue from the import. Rows
 * are checked like applications (citizen ID, commune in the caller's area, enums, amounts) and each
 * is applied in its own transaction; a dry run checks everything and writes nothing. Imported loans
 * do not draw on capital allocations: allocations are set net of loans made before the system.
 */
@ApplicationScoped
public class LoanImportService {
    private static final Logger LOG = Logger.getLogger(LoanImportService.class);
    static final int MAX_ROWS = 20_000;
    static final List<String> COLUMNS = List.of("citizenId", "fullName", "dateOfBirth", "sex", "ethnicity", "category", "communeCode",
            "product", "marketCode", "enterpriseName", "contractNumber", "contractTermMonths", "contractCost", "amount", "termMonths",
            "annualRatePercent", "capitalSourceCode", "disbursedOn", "principalRepaid");

    @Inject
    EntityManager entityManager;

    @Inject
    ManagedExecutor executor;

    @Inject
    UnitScope scope;

    @Inject
    CurrentUser user;

    @Inject
    LoanBusinessDate businessDate;

    @Inject
    PolicyService policies;

    @Inject
    LoanService loans;

    public record Rejection(int line, String field, String message) {
    }

    /** Parses the file and starts the import in the background; returns the import's id. */
    public UUID start(String csv, boolean dryRun) {
        if (!user.hasRole(Roles.LOAN_OFFICER)) {
            throw ProblemException.forbidden("Importing loans needs the LOAN_OFFICER role");
        }
        List<CSVRecord> records = parse(csv);
        UUID id = UUID.randomUUID();
        String by = user.subject();
        LocalDate today = businessDate.today();
        // Decided here, on the request's thread, where the caller's identity is known.
        Optional<List<String>> visible = scope.visibleUnits(null);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO loan_import (id, dry_run, status, total_rows, created_by) VALUES (:id, :dry, 'RUNNING', :total, :by)""")
                .setParameter("id", id).setParameter("dry", dryRun).setParameter("total", records.size()).setParameter("by", by)
                .executeUpdate());
        executor.runAsync(() -> run(id, records, dryRun, by, today, visible));
        return id;
    }

    private static List<CSVRecord> parse(String csv) {
        try {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get()
                    .parse(new StringReader(csv == null ? "" : csv.replace("\uFEFF", "")));
            List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw ProblemException.badRequest("file", "the header lacks the columns " + missing + "; expected " + COLUMNS);
            }
            List<CSVRecord> records = parser.getRecords();
            if (records.size() > MAX_ROWS) {
                throw ProblemException.badRequest("file", "at most " + MAX_ROWS + " rows per import");
            }
            return records;
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw ProblemException.badRequest("file", "not a readable CSV file with a header row");
        }
    }

    private void run(UUID id, List<CSVRecord> records, boolean dryRun, String by, LocalDate today, Optional<List<String>> visible) {
        List<Rejection> rejections = new ArrayList<>();
        int imported = 0;
        int updated = 0;
        try {
            for (int i = 0; i < records.size(); i++) {
                CSVRecord record = records.get(i);
                int line = (int) record.getRecordNumber() + 1; // the header is line 1
                List<Rejection> rowProblems = new ArrayList<>();
                Outcome outcome = QuarkusTransaction.requiringNew().call(() -> apply(line, record, dryRun, by, today, visible, rowProblems));
                if (outcome == Outcome.IMPORTED) {
                    imported++;
                } else if (outcome == Outcome.UPDATED) {
                    updated++;
                } else {
                    rejections.addAll(rowProblems);
                }
                if ((i + 1) % 100 == 0 || i + 1 == records.size()) {
                    progress(id, i + 1, imported, updated, (int) rejections.stream().map(Rejection::line).distinct().count(), rejections, null);
                }
            }
            if (records.isEmpty()) {
                progress(id, 0, 0, 0, 0, rejections, null);
            }
            finish(id, "DONE");
        } catch (RuntimeException e) {
            LOG.errorf("Loan import %s failed at a row: %s", id, e.getClass().getSimpleName());
            finish(id, "FAILED");
        }
    }

    enum Outcome { IMPORTED, UPDATED, REJECTED }

    private Outcome apply(int line, CSVRecord r, boolean dryRun, String by, LocalDate today, Optional<List<String>> visible,
                          List<Rejection> problems) {
        Row row = Row.read(line, r, problems);
        if (row == null) {
            return Outcome.REJECTED;
        }
        CitizenId.problem(row.citizenId, row.dateOfBirth, row.sex).ifPresent(p -> problems.add(new Rejection(line, "citizenId", p)));
        if (visible.isPresent() && !visible.get().contains(row.communeCode)) {
            problems.add(new Rejection(line, "communeCode", "'" + row.communeCode + "' is not in your area"));
        } else if (entityManager.createNativeQuery("""
                        SELECT 1 FROM unit_replica WHERE code = :code AND kind = 'COMMUNE'
                           AND valid_from <= :at AND (valid_to IS NULL OR valid_to >= :at)""")
                .setParameter("code", row.communeCode).setParameter("at", row.disbursedOn).getResultList().isEmpty()) {
            problems.add(new Rejection(line, "communeCode", "'" + row.communeCode + "' was not a commune on " + row.disbursedOn));
        }
        List<?> source = entityManager.createNativeQuery("SELECT id FROM capital_source WHERE code = :code")
                .setParameter("code", row.capitalSourceCode).getResultList();
        if (source.isEmpty()) {
            problems.add(new Rejection(line, "capitalSourceCode", "no capital source '" + row.capitalSourceCode + "'"));
        }
        if (row.disbursedOn.isAfter(today)) {
            problems.add(new Rejection(line, "disbursedOn", "after the business date " + today));
        }
        if (!problems.isEmpty()) {
            return Outcome.REJECTED;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> borrower = entityManager.createNativeQuery("SELECT id, full_name, date_of_birth FROM borrower WHERE citizen_id = :c")
                .setParameter("c", row.citizenId).getResultList();
        UUID borrowerId;
        if (!borrower.isEmpty()) {
            borrowerId = (UUID) borrower.get(0)[0];
            if (!row.fullName.equals(borrower.get(0)[1]) || !row.dateOfBirth.equals(toDate(borrower.get(0)[2]))) {
                problems.add(new Rejection(line, "fullName", "name or date of birth differ from the borrower registered with this citizen ID"));
                return Outcome.REJECTED;
            }
        } else {
            borrowerId = UUID.randomUUID();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> existing = entityManager.createNativeQuery("""
                        SELECT id, amount_requested, first_disbursed_on, term_months FROM loan
                         WHERE borrower_id = :b AND contract_number = :n""")
                .setParameter("b", borrowerId).setParameter("n", row.contractNumber).getResultList();
        if (!existing.isEmpty()) {
            Object[] loan = existing.get(0);
            if (((Number) loan[1]).longValue() != row.amount || !row.disbursedOn.equals(toDate(loan[2]))
                    || ((Number) loan[3]).intValue() != row.termMonths) {
                problems.add(new Rejection(line, "amount", "amount, disbursement date or term differ from the recorded loan with this "
                        + "contract number; money already recorded changes only through repayments"));
                return Outcome.REJECTED;
            }
            if (!dryRun) {
                entityManager.createNativeQuery("""
                                UPDATE loan SET market_code = :market, enterprise_name = :enterprise, version = version + 1 WHERE id = :id""")
                        .setParameter("market", row.marketCode).setParameter("enterprise", row.enterpriseName).setParameter("id", loan[0])
                        .executeUpdate();
            }
            return Outcome.UPDATED;
        }
        if (dryRun) {
            return Outcome.IMPORTED;
        }
        if (borrower.isEmpty()) {
            // ON CONFLICT, as in BorrowerService: a failing unique insert would print the citizen ID in the driver's and database's logs.
            int inserted = entityManager.createNativeQuery("""
                            INSERT INTO borrower (id, citizen_id, full_name, date_of_birth, sex, ethnicity, category, commune_code, created_by)
                            VALUES (:id, :c, :name, :born, :sex, :ethnicity, :category, :commune, :by)
                            ON CONFLICT (citizen_id) DO NOTHING""")
                    .setParameter("id", borrowerId).setParameter("c", row.citizenId).setParameter("name", row.fullName)
                    .setParameter("born", row.dateOfBirth).setParameter("sex", row.sex.name()).setParameter("ethnicity", row.ethnicity)
                    .setParameter("category", row.category.name()).setParameter("commune", row.communeCode).setParameter("by", by)
                    .executeUpdate();
            if (inserted == 0) {
                problems.add(new Rejection(line, "citizenId", "registered by another user while this file was imported; import it again"));
                return Outcome.REJECTED;
            }
        }
        createLoan(row, borrowerId, (UUID) source.get(0), by, today);
        return Outcome.IMPORTED;
    }

    private void createLoan(Row row, UUID borrowerId, UUID sourceId, String by, LocalDate today) {
        LoanPolicy policy = policies.versions().stream().filter(p -> !p.validFrom.isAfter(row.disbursedOn)).reduce((a, b) -> b).orElse(null);
        Loan loan = new Loan();
        loan.id = UUID.randomUUID();
        loan.borrowerId = borrowerId;
        loan.product = row.product;
        loan.category = row.category;
        loan.communeCode = row.communeCode;
        Map<String, String> above = loans.unitsAbove(row.communeCode, row.disbursedOn);
        loan.districtCode = above.get("DISTRICT");
        loan.provinceCode = above.get("PROVINCE");
        loan.marketCode = row.marketCode;
        loan.enterpriseName = row.enterpriseName;
        loan.contractNumber = row.contractNumber;
        loan.contractTermMonths = row.contractTermMonths;
        loan.contractCost = row.contractCost;
        loan.amountRequested = row.amount;
        loan.termMonths = row.termMonths;
        loan.repaymentEveryMonths = row.termMonths;
        loan.capitalSourceId = sourceId;
        loan.status = Loan.Status.ACTIVE;
        loan.submittedOn = row.disbursedOn;
        loan.submittedBy = "import:" + by;
        loan.approvedAmount = row.amount;
        loan.approvedOn = row.disbursedOn;
        loan.approvedBy = "import:" + by;
        loan.policyId = policy == null ? null : policy.id;
        loan.annualRatePercent = row.annualRatePercent;
        loan.overdueRateFactor = policy == null ? new BigDecimal("1.30") : policy.overdueRateFactor;
        loan.disbursedPrincipal = row.amount;
        loan.firstDisbursedOn = row.disbursedOn;
        loan.maturityDate = row.disbursedOn.plusMonths(row.termMonths);
        loan.createdAt = Instant.now();
        entityManager.persist(loan);
        entityManager.flush();
        movement(loan.id, "DISBURSEMENT", row.disbursedOn, row.amount, 0, 0, 0, by);
        // What the old system settled: principal repaid, and interest up to the import.
        List<RepaymentSchedule.Instalment> schedule = RepaymentSchedule.of(row.amount, row.disbursedOn, row.termMonths, row.termMonths,
                row.annualRatePercent);
        LoanBalance accrued = LoanBalance.at(today, List.of(new LoanBalance.Movement(row.disbursedOn, "DISBURSEMENT", row.amount, 0, 0, 0)),
                schedule, row.annualRatePercent, loan.overdueRateFactor);
        long settled = row.principalRepaid + accrued.interestDue() + accrued.overdueInterestDue();
        if (settled > 0) {
            movement(loan.id, "IMPORT_SETTLEMENT", today, settled, row.principalRepaid, accrued.interestDue(), accrued.overdueInterestDue(), by);
        }
        if (row.principalRepaid == row.amount) {
            loan.status = Loan.Status.CLOSED;
            loan.closedOn = today;
        }
        loans.publishAt(EventType.LOAN_DISBURSED_V1, loan, row.amount, row.disbursedOn);
    }

    private void movement(UUID loan, String kind, LocalDate date, long amount, long principal, long interest, long overdueInterest, String by) {
        entityManager.createNativeQuery("""
                        INSERT INTO loan_transaction (id, loan_id, kind, business_date, amount, principal, interest, overdue_interest, created_by)
                        VALUES (:id, :loan, :kind, :date, :amount, :principal, :interest, :overdue, :by)""")
                .setParameter("id", UUID.randomUUID()).setParameter("loan", loan).setParameter("kind", kind).setParameter("date", date)
                .setParameter("amount", amount).setParameter("principal", principal).setParameter("interest", interest)
                .setParameter("overdue", overdueInterest).setParameter("by", "import:" + by).executeUpdate();
    }

    private void progress(UUID id, int processed, int imported, int updated, int rejected, List<Rejection> rejections, String status) {
        String json;
        try {
            json = EventJson.mapper().writeValueAsString(rejections);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        UPDATE loan_import SET processed_rows = :processed, imported = :imported, updated = :updated, rejected = :rejected,
                               rejections = CAST(:rejections AS jsonb) WHERE id = :id""")
                .setParameter("processed", processed).setParameter("imported", imported).setParameter("updated", updated)
                .setParameter("rejected", rejected).setParameter("rejections", json).setParameter("id", id).executeUpdate());
    }

    private void finish(UUID id, String status) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE loan_import SET status = :status, finished_at = now() WHERE id = :id")
                .setParameter("status", status).setParameter("id", id).executeUpdate());
    }

    @Schema(name = "LoanImport", example = """
            {"id":"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","dryRun":false,"status":"DONE","totalRows":3,"processedRows":3,"imported":2,
             "updated":0,"rejected":1,"rejections":[{"line":4,"field":"citizenId","message":"does not match the year of birth"}],
             "createdBy":"nguyen.van.a@12","createdAt":"2026-11-22T03:00:00Z","finishedAt":"2026-11-22T03:00:02Z"}""")
    public record ImportView(UUID id, boolean dryRun, String status, int totalRows, int processedRows, int imported, int updated,
                             int rejected, List<Rejection> rejections, String createdBy, Instant createdAt, Instant finishedAt) {
    }

    /** Visible to whoever started it. */
    public ImportView get(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        SELECT id, dry_run, status, total_rows, processed_rows, imported, updated, rejected, CAST(rejections AS varchar),
                               created_by, created_at, finished_at FROM loan_import WHERE id = :id""")
                .setParameter("id", id).getResultList());
        if (rows.isEmpty() || !rows.get(0)[9].equals(user.subject())) {
            throw ProblemException.notFound("Loan import", id);
        }
        Object[] r = rows.get(0);
        List<Rejection> rejections;
        try {
            rejections = List.of(EventJson.mapper().readValue((String) r[8], Rejection[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new ImportView((UUID) r[0], (Boolean) r[1], (String) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).intValue(),
                ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), rejections, (String) r[9],
                toInstant(r[10]), toInstant(r[11]));
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    /** One CSV row, read field by field; problems name the line and column. The citizen ID never goes into a message. */
    static final class Row {
        String citizenId;
        String fullName;
        LocalDate dateOfBirth;
        CitizenId.Sex sex;
        String ethnicity;
        BorrowerCategory category;
        String communeCode;
        LoanProduct product;
        String marketCode;
        String enterpriseName;
        String contractNumber;
        Integer contractTermMonths;
        Long contractCost;
        long amount;
        int termMonths;
        BigDecimal annualRatePercent;
        String capitalSourceCode;
        LocalDate disbursedOn;
        long principalRepaid;

        static Row read(int line, CSVRecord r, List<Rejection> problems) {
            Row row = new Row();
            Reader in = new Reader(line, r, problems);
            row.citizenId = in.text("citizenId", 12);
            row.fullName = in.text("fullName", 200);
            row.dateOfBirth = in.date("dateOfBirth");
            row.sex = in.choice("sex", CitizenId.Sex.class);
            row.ethnicity = in.optionalText("ethnicity", 60);
            row.category = in.choice("category", BorrowerCategory.class);
            row.communeCode = in.matching("communeCode", Codes.UNIT);
            row.product = in.choice("product", LoanProduct.class);
            row.marketCode = in.matching("marketCode", Codes.MARKET);
            row.enterpriseName = in.text("enterpriseName", 300);
            row.contractNumber = in.text("contractNumber", 100);
            row.contractTermMonths = in.optionalWhole("contractTermMonths", 1, 240);
            Long cost = in.optionalWhole("contractCost", 1, 10_000_000_000L);
            row.contractCost = cost;
            Long amount = in.whole("amount", 1, 10_000_000_000L);
            Long term = in.whole("termMonths", 1, 240);
            row.annualRatePercent = in.decimal("annualRatePercent");
            row.capitalSourceCode = in.text("capitalSourceCode", 40);
            row.disbursedOn = in.date("disbursedOn");
            Long repaid = in.whole("principalRepaid", 0, 10_000_000_000L);
            if (!problems.isEmpty()) {
                return null;
            }
            row.amount = amount;
            row.termMonths = term.intValue();
            row.principalRepaid = repaid;
            if (row.principalRepaid > row.amount) {
                problems.add(new Rejection(line, "principalRepaid", "more than the amount lent"));
                return null;
            }
            return row;
        }
    }

    /** Reads typed fields from a record, collecting problems instead of failing at the first. */
    private record Reader(int line, CSVRecord r, List<Rejection> problems) {
        String raw(String column) {
            String value = r.isSet(column) ? r.get(column) : "";
            return value == null ? "" : value.trim();
        }

        String text(String column, int max) {
            String value = raw(column);
            if (value.isEmpty()) {
                problems.add(new Rejection(line, column, "is required"));
            } else if (value.length() > max) {
                problems.add(new Rejection(line, column, "at most " + max + " characters"));
            }
            return value;
        }

        String optionalText(String column, int max) {
            String value = raw(column);
            if (value.length() > max) {
                problems.add(new Rejection(line, column, "at most " + max + " characters"));
            }
            return value.isEmpty() ? null : value;
        }

        String matching(String column, String pattern) {
            String value = text(column, 40);
            if (!value.isEmpty() && !value.matches(pattern)) {
                problems.add(new Rejection(line, column, "is not a valid code"));
            }
            return value;
        }

        LocalDate date(String column) {
            String value = raw(column);
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(new Rejection(line, column, "must be a date like 2024-03-01"));
                return null;
            }
        }

        <E extends Enum<E>> E choice(String column, Class<E> type) {
            String value = raw(column);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                problems.add(new Rejection(line, column, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
                return null;
            }
        }

        Long whole(String column, long min, long max) {
            Long value = optionalWhole(column, min, max);
            if (value == null && raw(column).isEmpty()) {
                problems.add(new Rejection(line, column, "is required"));
            }
            return value;
        }

        Long optionalWhole(String column, long min, long max) {
            String value = raw(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                long number = Long.parseLong(value);
                if (number < min || number > max) {
                    problems.add(new Rejection(line, column, "must be between " + min + " and " + max));
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                problems.add(new Rejection(line, column, "must be a whole number"));
                return null;
            }
        }

        Integer optionalWhole(String column, int min, int max) {
            Long value = optionalWhole(column, (long) min, (long) max);
            return value == null ? null : value.intValue();
        }

        BigDecimal decimal(String column) {
            String value = raw(column);
            try {
                BigDecimal number = new BigDecimal(value);
                if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
                    problems.add(new Rejection(line, column, "must be between 0 and 100"));
                }
                return number;
            } catch (NumberFormatException e) {
                problems.add(new Rejection(line, column, "must be a number like 6.6"));
                return null;
            }
        }
    }
}
