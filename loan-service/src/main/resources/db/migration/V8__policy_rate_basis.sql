-- Where each category's rate comes from. A rate left unset when the policy shipped (no source at hand)
-- is set later by a system administrator on the version in force, naming its legal basis; a rate once
-- set changes only through a new version from a future date.
ALTER TABLE loan_policy_category ADD COLUMN rate_basis varchar(1000);
UPDATE loan_policy_category SET rate_basis = 'Quyết định 750/QĐ-TTg ngày 01/6/2015: lãi suất cho vay hộ nghèo 0,55 %/tháng'
 WHERE policy_id = '6a0c5b1e-61a7-4c2f-9e15-2015a0740001' AND category = 'POOR';
UPDATE loan_policy_category SET rate_basis = 'Lãi suất cho vay hộ cận nghèo (LOAN_RULES.md, Nghị định 61/2015/NĐ-CP Điều 38)'
 WHERE policy_id = '6a0c5b1e-61a7-4c2f-9e15-2015a0740001' AND category = 'NEAR_POOR';
UPDATE loan_policy_category SET rate_basis = 'Lãi suất cho vay hộ mới thoát nghèo (LOAN_RULES.md, Nghị định 61/2015/NĐ-CP Điều 38)'
 WHERE policy_id = '6a0c5b1e-61a7-4c2f-9e15-2015a0740001' AND category = 'NEWLY_OUT_OF_POVERTY';
