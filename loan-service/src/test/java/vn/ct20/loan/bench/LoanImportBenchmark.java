package vn.ct20.loan.bench;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestTokens;
import vn.ct20.testkit.TestUnits;

/**
 * The CSV import of N existing loans (default 20,000; {@code -Dct20.bench.loans=N}), sent in files of
 * {@code -Dct20.bench.file-rows} rows (default 5,000), against a baseline measured in the same run:
 * PostgreSQL's {@code COPY} of the same rows into a table of the same columns. Each file's time is
 * printed so that whether the time per row stays flat as the tables grow can be seen. Run with
 * {@code bench/loan-import.sh}; asserts only that every row was imported.
 */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
@Tag("benchmark")
class LoanImportBenchmark {
    static final String OFFICER = TestTokens.bearer("LOAN_OFFICER", "12");
    static final String COLUMNS = "citizenId,fullName,dateOfBirth,sex,ethnicity,category,communeCode,product,marketCode,enterpriseName,"
            + "contractNumber,contractTermMonths,contractCost,amount,termMonths,annualRatePercent,capitalSourceCode,disbursedOn,principalRepaid";

    @ConfigProperty(name = "ct20.bench.loans", defaultValue = "20000")
    int loans;

    @ConfigProperty(name = "ct20.bench.file-rows", defaultValue = "5000")
    int fileRows;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void units() {
        TestUnits.laiChauAndLangSon();
        TestUnits.send(TestUnits.event("03561", "Xã thử nghiệm nhập khối lượng lớn", "COMMUNE", "109", 0));
        TestUnits.awaitReplica("03561");
    }

    @Test
    void importAgainstCopy() throws Exception {
        given().header("Authorization", TestTokens.bearer("LOAN_APPROVER", "12")).contentType(ContentType.JSON)
                .body("{\"code\":\"BENCH-IMPORT\",\"name\":\"Vốn ngân sách tỉnh ủy thác (benchmark)\",\"kind\":\"PROVINCIAL_BUDGET_ENTRUSTED\","
                        + "\"ownerUnitCode\":\"12\"}")
                .post("/api/v1/capital-sources").then().statusCode(201);
        given().header("Authorization", TestTokens.bearer("SYSTEM_ADMIN", "VN")).contentType(ContentType.JSON).body("{\"businessDate\":\"2024-03-01\"}")
                .put("/api/v1/loan-business-date").then().statusCode(200);
        // warm-up: a small file of other borrowers, so the first measured file does not pay for class loading and compilation
        finished(start(csv(900_000, 200)));

        List<String> files = new ArrayList<>();
        for (int first = 0; first < loans; first += fileRows) {
            files.add(csv(first, Math.min(fileRows, loans - first)));
        }
        long copyStart = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> copy(files));
        double copySeconds = (System.nanoTime() - copyStart) / 1e9;

        System.out.printf("%nloan import (CSV), %,d loans in files of %,d rows%n", loans, fileRows);
        System.out.printf("  baseline (PostgreSQL COPY of the same rows into a table of the same columns): %6.2f s  %,9.0f rows/s%n",
                copySeconds, loans / copySeconds);
        long start = System.nanoTime();
        int imported = 0;
        for (int i = 0; i < files.size(); i++) {
            long fileStart = System.nanoTime();
            JsonPath done = finished(start(files.get(i)));
            double fileSeconds = (System.nanoTime() - fileStart) / 1e9;
            int rows = done.getInt("totalRows");
            imported += done.getInt("imported");
            System.out.printf("  file %d (rows %,d to %,d): %6.2f s  %,7.0f rows/s  %.2f ms a row%n", i + 1, i * fileRows + 1, i * fileRows + rows,
                    fileSeconds, rows / fileSeconds, fileSeconds * 1000 / rows);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  the import (each row through the write pipeline: checks, borrower, loan, schedule, audit, events): %6.2f s  %,7.0f rows/s"
                + "  ratio to baseline %.0f%n%n", seconds, loans / seconds, seconds / copySeconds);
        assertEquals(loans, imported);
    }

    /** Rows of borrowers {@code first} … of a commune of Lai Châu, each with one loan disbursed on a day of 2023. */
    private static String csv(int first, int rows) {
        StringBuilder csv = new StringBuilder(COLUMNS).append('\n');
        for (int i = first; i < first + rows; i++) {
            String citizenId = "012098" + String.format("%06d", i); // Lai Châu, male, born in 1998
            String disbursedOn = java.time.LocalDate.of(2023, 1, 1).plusDays(i % 365).toString();
            csv.append(citizenId).append(",Người vay ").append(i).append(",1998-03-14,MALE,Mông,POOR,03561,OVERSEAS_WORK,JP,Công ty Sona,HĐ-B")
                    .append(i).append(",36,120000000,90000000,36,6.6,BENCH-IMPORT,").append(disbursedOn).append(",0\n");
        }
        return csv.toString();
    }

    private void copy(List<String> files) {
        entityManager.createNativeQuery("""
                        CREATE TEMPORARY TABLE import_baseline (citizen_id varchar(12), full_name varchar(200), date_of_birth date, sex varchar(10),
                            ethnicity varchar(60), category varchar(30), commune_code varchar(20), product varchar(30), market_code varchar(40),
                            enterprise_name varchar(300), contract_number varchar(60), contract_term_months integer, contract_cost bigint,
                            amount bigint, term_months integer, annual_rate_percent numeric(6, 3), capital_source_code varchar(60),
                            disbursed_on date, principal_repaid bigint) ON COMMIT DROP""").executeUpdate();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try {
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (String file : files) {
                    copy.copyIn("COPY import_baseline FROM STDIN WITH (FORMAT csv, HEADER true)", new StringReader(file));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static String start(String csv) {
        return given().header("Authorization", OFFICER).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/loan-imports").then().statusCode(202).extract().path("id");
    }

    private static JsonPath finished(String id) throws InterruptedException {
        while (true) {
            JsonPath job = given().noFilters().header("Authorization", OFFICER).get("/api/v1/loan-imports/" + id).then().statusCode(200)
                    .extract().jsonPath();
            if (!job.getString("status").equals("RUNNING")) {
                assertEquals("DONE", job.getString("status"));
                return job;
            }
            Thread.sleep(50);
        }
    }
}
