package vn.ct20.loan.importing;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import vn.ct20.events.EventJson;
import vn.ct20.loan.borrower.Borrower;
import vn.ct20.loan.borrower.BorrowerDtos;
import vn.ct20.loan.borrower.BorrowerService;
import vn.ct20.loan.borrower.CitizenId;
import vn.ct20.loan.capital.CapitalAllocations;
import vn.ct20.loan.capital.CapitalSourceService;
import vn.ct20.loan.lending.Loan;
import vn.ct20.loan.lending.LoanDtos;
import vn.ct20.loan.lending.LoanService;
import vn.ct20.loan.lending.LoanTransition;
import vn.ct20.loan.policy.BorrowerCategory;
import vn.ct20.loan.policy.LoanProduct;
import vn.ct20.platform.clock.BusinessDate;
import vn.ct20.platform.logging.RequestIds;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.CurrentUser;
import vn.ct20.platform.security.UnitHierarchy;
import vn.ct20.platform.security.UnitScope;
import vn.ct20.platform.web.Codes;
import vn.ct20.platform.write.WriteCommand;
import vn.ct20.platform.write.WritePipeline;

/**
 * Bulk import of loans the bank already holds (CSV). The import is a client of the same commands
 * as the API: each row registers its borrower ({@code borrower.register}) if new and records the
 * loan ({@code loan.import}) through the write pipeline, acting as the importer, with the same
 * role, unit scope and audit as a call, marked as imported history. A row is for the importer's
 * area only: a commune, borrower, loan or capital source outside it is refused as an unknown one
 * would be. Rows are applied in chunks, each chunk in a transaction, and a chunk with a refused row
 * again one row to a transaction (see {@link #run}); a dry run checks everything and writes nothing.
 * What a loan looks like once imported is {@link LoanService#recordImported}'s business.
 */
@ApplicationScoped
public class LoanImportService {
    private static final Logger LOG = Logger.getLogger(LoanImportService.class);
    static final int MAX_ROWS = 20_000;
    static final List<String> COLUMNS = List.of("citizenId", "fullName", "dateOfBirth", "sex", "ethnicity", "category", "communeCode",
            "product", "marketCode", "enterpriseName", "contractNumber", "contractTermMonths", "contractCost", "amount", "termMonths",
            "annualRatePercent", "capitalSourceCode", "disbursedOn", "principalRepaid");

    @Inject
    LoanImportRepository imports;

    @Inject
    CapitalSourceService capitalSources;

    /** Rows run on a thread of their own with a request context of their own: nothing of the HTTP request is carried over. */
    private final ManagedExecutor executor = ManagedExecutor.builder().propagated(ThreadContext.NONE)
            .cleared(ThreadContext.ALL_REMAINING).build();

    @Inject
    UnitScope scope;

    @Inject
    CurrentUser user;

    @Inject
    BusinessDate businessDate;

    @Inject
    LoanService loans;

    @Inject
    BorrowerService borrowers;

    @Inject
    CapitalAllocations allocations;

    @Inject
    WritePipeline pipeline;

    @Inject
    UnitHierarchy units;

    /** The rows' thread is the import's own: let it go when the service stops. */
    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** What starting an import records: the import's id and its size. */
    public record Started(UUID id, int totalRows, boolean dryRun) {
    }

    /** Parses the file and starts the import in the background (a command of its own, audited); returns the import's id. */
    public UUID start(byte[] file, boolean dryRun) {
        String csv;
        try {
            csv = java.nio.charset.StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(file)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw ProblemException.badRequest("file", "is not valid UTF-8");
        }
        CurrentUser.Actor importer = user.actor();
        String requestId = RequestIds.current();
        LocalDate today = businessDate.today();
        List<List<CSVRecord>> parsed = new ArrayList<>();
        Started started = pipeline.run(WriteCommand.of("loan-import.start", Started.class)
                .roles(LoanTransition.SUBMIT.roles())
                .actingOn(businessDate.today())
                .target("loan-import", null, Started::id)
                .status(202)
                .handler(() -> {
                    List<CSVRecord> records = parse(csv);
                    parsed.add(records);
                    UUID id = UUID.randomUUID();
                    LoanImport run = new LoanImport();
                    run.id = id;
                    run.dryRun = dryRun;
                    run.status = LoanImport.RUNNING;
                    run.totalRows = records.size();
                    run.createdBy = importer.subject();
                    run.createdAt = Instant.now();
                    imports.persist(run);
                    return new Started(id, records.size(), dryRun);
                })).result();
        executor.runAsync(() -> runAs(importer, requestId, () -> run(started.id(), parsed.get(0), dryRun, today)));
        return started.id();
    }

    /** Runs {@code work} in a request context of its own, as {@code importer}, under the import request's id. */
    private void runAs(CurrentUser.Actor importer, String requestId, Runnable work) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            user.actAs(importer);
            RequestIds.runUnder(requestId, work);
        } finally {
            context.terminate();
        }
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

    /**
     * Rows are applied {@value #CHUNK_ROWS} to a transaction: one commit, and one read of the business
     * date and of each commune's place, for the lot. Each row still goes through the same commands. A
     * chunk in which a command refuses a row (or the database refuses a value) is rolled back as a
     * whole and applied again one row to a transaction, so that a refused row never takes another with it.
     */
    private void run(UUID id, List<CSVRecord> records, boolean dryRun, LocalDate today) {
        List<LoanImportDtos.Rejection> rejections = new ArrayList<>();
        int imported = 0;
        int updated = 0;
        try {
            for (int from = 0; from < records.size(); from += CHUNK_ROWS) {
                List<CSVRecord> chunk = records.subList(from, Math.min(records.size(), from + CHUNK_ROWS));
                List<RowResult> results;
                try {
                    results = QuarkusTransaction.requiringNew().call(() -> {
                        RowChecks checks = new RowChecks();
                        List<RowResult> applied = new ArrayList<>();
                        for (CSVRecord record : chunk) {
                            List<LoanImportDtos.Rejection> problems = new ArrayList<>();
                            applied.add(new RowResult(apply(lineOf(record), record, dryRun, today, problems, checks), problems));
                        }
                        return applied;
                    });
                } catch (RuntimeException refusedRow) {
                    results = chunk.stream().map(record -> applyAlone(record, dryRun, today)).toList();
                }
                for (RowResult result : results) {
                    if (result.outcome() == Outcome.IMPORTED) {
                        imported++;
                    } else if (result.outcome() == Outcome.UPDATED) {
                        updated++;
                    } else {
                        rejections.addAll(result.problems());
                    }
                }
                progress(id, from + chunk.size(), imported, updated,
                        (int) rejections.stream().map(LoanImportDtos.Rejection::line).distinct().count(), rejections, null);
            }
            if (records.isEmpty()) {
                progress(id, 0, 0, 0, 0, rejections, null);
            }
            finish(id, LoanImport.DONE);
        } catch (RuntimeException e) {
            LOG.errorf("Loan import %s failed at a row: %s", id, e.getClass().getSimpleName());
            finish(id, LoanImport.FAILED);
        }
    }

    static final int CHUNK_ROWS = 100;

    /** What became of a row, and why when it was refused. */
    private record RowResult(Outcome outcome, List<LoanImportDtos.Rejection> problems) {
    }

    /** The line of the file a record is on: the header is line 1. */
    private static int lineOf(CSVRecord record) {
        return (int) record.getRecordNumber() + 1;
    }

    /** One row in a transaction of its own: a refusal becomes the row's rejection. */
    private RowResult applyAlone(CSVRecord record, boolean dryRun, LocalDate today) {
        int line = lineOf(record);
        List<LoanImportDtos.Rejection> problems = new ArrayList<>();
        try {
            return new RowResult(QuarkusTransaction.requiringNew().call(() -> apply(line, record, dryRun, today, problems, new RowChecks())), problems);
        } catch (ProblemException refused) {
            return new RowResult(Outcome.REJECTED, List.of(rejection(line, refused)));
        } catch (jakarta.persistence.PersistenceException tooLarge) {
            // A value the database cannot hold refuses its row, not the whole file.
            return new RowResult(Outcome.REJECTED, List.of(new LoanImportDtos.Rejection(line, "row", "a value is larger or longer than its field holds")));
        }
    }

    /**
     * The import's own checks of a row's commune and capital source, answered once per chunk: a file
     * has a few communes and sources for thousands of rows. The commands check scope again for each row.
     */
    private final class RowChecks {
        private final java.util.Map<String, Boolean> communeOfTheArea = new java.util.HashMap<>();
        private final java.util.Map<String, Optional<UUID>> sources = new java.util.HashMap<>();
        private final java.util.Map<String, Boolean> served = new java.util.HashMap<>();

        boolean communeOfTheArea(String commune, LocalDate on) {
            return communeOfTheArea.computeIfAbsent(commune + "@" + on,
                    key -> scope.covers(commune, on) && units.existsAs(commune, "COMMUNE", on));
        }

        Optional<UUID> source(String code) {
            return sources.computeIfAbsent(code, capitalSources::idOfCode);
        }

        boolean serves(UUID source, String commune, LocalDate on) {
            return served.computeIfAbsent(source + "|" + commune + "@" + on, key -> allocations.servesArea(source, commune, on));
        }
    }

    /** A command's refusal as a line of the summary (its messages never hold a citizen ID). */
    private static LoanImportDtos.Rejection rejection(int line, ProblemException refused) {
        return refused.errors().isEmpty() ? new LoanImportDtos.Rejection(line, "row", refused.getMessage())
                : new LoanImportDtos.Rejection(line, refused.errors().get(0).field(), refused.errors().get(0).message());
    }

    enum Outcome { IMPORTED, UPDATED, REJECTED }

    private Outcome apply(int line, CSVRecord r, boolean dryRun, LocalDate today, List<LoanImportDtos.Rejection> problems, RowChecks checks) {
        Row row = Row.read(line, r, problems);
        if (row == null) {
            return Outcome.REJECTED;
        }
        CitizenId.problem(row.citizenId, row.dateOfBirth, row.sex).ifPresent(p -> problems.add(new LoanImportDtos.Rejection(line, "citizenId", p)));
        boolean communeOfTheArea = checks.communeOfTheArea(row.communeCode, row.disbursedOn);
        if (!communeOfTheArea) {
            problems.add(new LoanImportDtos.Rejection(line, "communeCode", "'" + row.communeCode + "' was not a commune of your area on " + row.disbursedOn));
        }
        Optional<UUID> source = checks.source(row.capitalSourceCode);
        if (source.isEmpty() || communeOfTheArea && !checks.serves(source.get(), row.communeCode, row.disbursedOn)) {
            // The same answer for another area's source as for none at all.
            problems.add(new LoanImportDtos.Rejection(line, "capitalSourceCode", "no capital source '" + row.capitalSourceCode + "' for this commune"));
        }
        if (row.disbursedOn.isAfter(today)) {
            problems.add(new LoanImportDtos.Rejection(line, "disbursedOn", "after the business date " + today));
        }
        if (!problems.isEmpty()) {
            return Outcome.REJECTED;
        }
        Optional<Borrower> registered = borrowers.findByCitizenId(row.citizenId);
        if (registered.isPresent() && !borrowers.isVisible(registered.get())) {
            if (dryRun) {
                // A dry run writes nothing, so it must not answer what only a write may: whether a number is registered elsewhere.
                return Outcome.IMPORTED;
            }
            // What registering the borrower through the API answers: nothing about whose or where.
            problems.add(new LoanImportDtos.Rejection(line, "citizenId", "a borrower with this citizen ID is already registered"));
            return Outcome.REJECTED;
        }
        if (registered.isPresent()) {
            Borrower borrower = registered.get();
            if (!row.fullName.equals(borrower.fullName) || !row.dateOfBirth.equals(borrower.dateOfBirth)) {
                problems.add(new LoanImportDtos.Rejection(line, "fullName", "name or date of birth differ from your borrower with this citizen ID"));
                return Outcome.REJECTED;
            }
            if (!row.communeCode.equals(borrower.communeCode)) {
                problems.add(new LoanImportDtos.Rejection(line, "communeCode", "your borrower with this citizen ID lives in another commune"));
                return Outcome.REJECTED;
            }
            Optional<Loan> existing = loans.findByContract(borrower.id, row.contractNumber);
            if (existing.isPresent()) {
                return update(line, existing.get(), row, dryRun, problems);
            }
        }
        if (dryRun) {
            return Outcome.IMPORTED;
        }
        Borrower borrower = registered.orElseGet(() -> borrowers.find(borrowers.register(new BorrowerDtos.CreateBorrower(
                row.citizenId, row.fullName, row.dateOfBirth, row.sex, row.ethnicity, row.category, row.communeCode), row.disbursedOn,
                WriteCommand.Origin.IMPORT).id()).orElseThrow());
        pipeline.run(WriteCommand.of("loan.import", LoanDtos.LoanView.class)
                .roles(LoanTransition.SUBMIT.roles())
                .actingOn(businessDate.today())
                .creating("loan", row.communeCode, row.disbursedOn, LoanDtos.LoanView::id)
                .origin(WriteCommand.Origin.IMPORT)
                .handler(() -> loans.recordImported(row.toLoan(), borrower, source.get())));
        return Outcome.IMPORTED;
    }

    /** A row for a loan already recorded: its descriptive fields may change, its money only through repayments. */
    private Outcome update(int line, Loan loan, Row row, boolean dryRun, List<LoanImportDtos.Rejection> problems) {
        if (!scope.covers(loan.communeCode, loan.submittedOn)) {
            problems.add(new LoanImportDtos.Rejection(line, "contractNumber", "the loan with this contract number is not your office's to change"));
            return Outcome.REJECTED;
        }
        if (loan.amountRequested != row.amount || !row.disbursedOn.equals(loan.firstDisbursedOn) || loan.termMonths != row.termMonths) {
            problems.add(new LoanImportDtos.Rejection(line, "amount", "amount, disbursement date or term differ from the recorded loan with this "
                    + "contract number; money already recorded changes only through repayments"));
            return Outcome.REJECTED;
        }
        if (!dryRun) {
            pipeline.run(WriteCommand.of("loan.import-update", LoanDtos.LoanView.class)
                    .roles(LoanTransition.SUBMIT.roles())
                    .actingOn(businessDate.today())
                    .on("loan", loan.id, () -> new WriteCommand.Ownership(loan.communeCode, loan.submittedOn, loans.view(loan)))
                    .origin(WriteCommand.Origin.IMPORT)
                    .handler(() -> loans.updateImported(loan, row.marketCode, row.enterpriseName)));
        }
        return Outcome.UPDATED;
    }

    private void progress(UUID id, int processed, int imported, int updated, int rejected, List<LoanImportDtos.Rejection> rejections, String status) {
        String json;
        try {
            json = EventJson.mapper().writeValueAsString(rejections);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            LoanImport run = imports.findById(id);
            run.processedRows = processed;
            run.imported = imported;
            run.updated = updated;
            run.rejected = rejected;
            run.rejections = json;
        });
    }

    private void finish(UUID id, String status) {
        QuarkusTransaction.requiringNew().run(() -> {
            LoanImport run = imports.findById(id);
            run.status = status;
            run.finishedAt = Instant.now();
        });
    }

    /** Visible to whoever started it. */
    public LoanImportDtos.ImportView get(UUID id) {
        LoanImport run = QuarkusTransaction.requiringNew().call(() -> imports.findById(id));
        if (run == null || !run.createdBy.equals(user.subject())) {
            throw ProblemException.notFound("Loan import", id);
        }
        List<LoanImportDtos.Rejection> rejections;
        try {
            rejections = List.of(EventJson.mapper().readValue(run.rejections, LoanImportDtos.Rejection[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new LoanImportDtos.ImportView(run.id, run.dryRun, run.status, run.totalRows, run.processedRows, run.imported, run.updated, run.rejected,
                rejections, run.createdBy, run.createdAt, run.finishedAt);
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

        LoanDtos.ImportedLoan toLoan() {
            return new LoanDtos.ImportedLoan(product, marketCode, enterpriseName, contractNumber, contractTermMonths, contractCost, amount,
                    termMonths, annualRatePercent, disbursedOn, principalRepaid);
        }

        static Row read(int line, CSVRecord r, List<LoanImportDtos.Rejection> problems) {
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
                problems.add(new LoanImportDtos.Rejection(line, "principalRepaid", "more than the amount lent"));
                return null;
            }
            return row;
        }
    }

    /** Reads typed fields from a record, collecting problems instead of failing at the first. */
    private record Reader(int line, CSVRecord r, List<LoanImportDtos.Rejection> problems) {
        String raw(String column) {
            String value = r.isSet(column) ? r.get(column) : "";
            value = value == null ? "" : value.trim();
            if (vn.ct20.platform.web.StrictInput.hasControl(value, false)) {
                // The same rule as for JSON text; the value itself is never echoed, and the column is reported once.
                if (!refused(column)) {
                    problems.add(new LoanImportDtos.Rejection(line, column, "holds a control character"));
                }
                return "";
            }
            return value;
        }

        /** True when this row's column was already refused (so it is not reported again as missing or malformed). */
        boolean refused(String column) {
            return problems.stream().anyMatch(p -> p.line() == line && p.field().equals(column));
        }

        String text(String column, int max) {
            String value = raw(column);
            if (value.isEmpty() && !refused(column)) {
                problems.add(new LoanImportDtos.Rejection(line, column, "is required"));
            } else if (value.length() > max) {
                problems.add(new LoanImportDtos.Rejection(line, column, "at most " + max + " characters"));
            }
            return value;
        }

        String optionalText(String column, int max) {
            String value = raw(column);
            if (value.length() > max) {
                problems.add(new LoanImportDtos.Rejection(line, column, "at most " + max + " characters"));
            }
            return value.isEmpty() ? null : value;
        }

        String matching(String column, String pattern) {
            String value = text(column, 40);
            if (!value.isEmpty() && !value.matches(pattern)) {
                problems.add(new LoanImportDtos.Rejection(line, column, "is not a valid code"));
            }
            return value;
        }

        LocalDate date(String column) {
            String value = raw(column);
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                if (!refused(column)) {
                    problems.add(new LoanImportDtos.Rejection(line, column, "must be a date like 2024-03-01"));
                }
                return null;
            }
        }

        <E extends Enum<E>> E choice(String column, Class<E> type) {
            String value = raw(column);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                if (!refused(column)) {
                    problems.add(new LoanImportDtos.Rejection(line, column, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
                }
                return null;
            }
        }

        Long whole(String column, long min, long max) {
            Long value = optionalWhole(column, min, max);
            if (value == null && raw(column).isEmpty() && !refused(column)) {
                problems.add(new LoanImportDtos.Rejection(line, column, "is required"));
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
                    problems.add(new LoanImportDtos.Rejection(line, column, "must be between " + min + " and " + max));
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                problems.add(new LoanImportDtos.Rejection(line, column, "must be a whole number"));
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
                    problems.add(new LoanImportDtos.Rejection(line, column, "must be between 0 and 100"));
                }
                return number;
            } catch (NumberFormatException e) {
                if (!refused(column)) {
                    problems.add(new LoanImportDtos.Rejection(line, column, "must be a number like 6.6"));
                }
                return null;
            }
        }
    }
}
