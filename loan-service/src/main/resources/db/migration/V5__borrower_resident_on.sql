-- The date the borrower's commune of residence is stated for: the business date of a registration
-- through the API, the disbursement date of a loan imported from before the system. Unit scope over
-- the borrower is judged at this date.
ALTER TABLE borrower ADD COLUMN resident_on date;
UPDATE borrower SET resident_on = (created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
ALTER TABLE borrower ALTER COLUMN resident_on SET NOT NULL;
