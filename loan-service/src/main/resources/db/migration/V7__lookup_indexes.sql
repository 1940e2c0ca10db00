-- Lookups the import and the lists make: an import row finds its loan by borrower and contract number
-- (without this index, a sequential scan per row: the import slowed as the table grew), and loan lists
-- filter by district or province.
CREATE INDEX loan_borrower_contract ON loan (borrower_id, contract_number);
CREATE INDEX loan_district ON loan (district_code);
CREATE INDEX loan_province ON loan (province_code);
