-- What the bank's quarterly report (Circular 01/2020) gives beside loans and money disbursed.
INSERT INTO indicator (code, name_vi, name_en, unit_of_measure, whole_number) VALUES
 ('PRINCIPAL_REPAID', 'Số tiền gốc đã thu hồi', 'Principal repaid', 'VND', true),
 ('LOANS_OUTSTANDING', 'Dư nợ cho vay cuối kỳ', 'Principal outstanding at the end of the period', 'VND', true),
 ('LOANS_OVERDUE', 'Nợ quá hạn cuối kỳ', 'Principal overdue at the end of the period', 'VND', true)
ON CONFLICT (code) DO NOTHING;
