// What a frontend team writes on its first day, against the types generated from openapi/suite.json
// (npm run types). ./test.sh compiles it with tsc --strict: if the document loses a status value,
// a field's type or an operation's name, this stops compiling.
import type { components, operations, paths } from "./generated/suite";

type Loan = components["schemas"]["Loan"];
type Report = components["schemas"]["Report"];
type Problem = components["schemas"]["Problem"];
type LoanPage = operations["listLoans"]["responses"][200]["content"]["application/json"];
type ListLoansQuery = NonNullable<operations["listLoans"]["parameters"]["query"]>;

export function isActive(loan: Loan): boolean {
  return loan.status === "ACTIVE";
}

// @ts-expect-error a loan has no task status: the merged document keeps each service's enums apart
export const notALoanStatus: Loan["status"] = "NOT_STARTED";

export function awaitsReview(report: Report): boolean {
  return report.status === "SUBMITTED";
}

export function requestedOnThisPage(page: LoanPage): { requested: number; ofAll: number } {
  // Money is a whole number of dong; a page also says how many loans there are in all.
  return { requested: page.items.reduce((sum, loan) => sum + loan.amountRequested, 0), ofAll: page.total };
}

export const newestFirst: ListLoansQuery = { status: "ACTIVE", sort: "-submittedOn", page: 0, size: 50 };

// @ts-expect-error sort takes only the fields the list offers
export const unknownSort: ListLoansQuery = { sort: "citizenId" };

export function explain(problem: Problem): string {
  const fields = (problem.errors ?? []).map((e) => `${e.field}: ${e.message}`).join("; ");
  return `${problem.status} ${problem.title}${problem.detail ? ": " + problem.detail : ""}${fields ? " (" + fields + ")" : ""}`;
}

// Every path of the suite is there, under the gateway's prefix.
export const consolidation: keyof paths = "/api/v1/consolidations/{unitCode}/{periodId}";
