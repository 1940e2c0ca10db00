-- "Phấn đấu … tăng từ 10% đến 15%": a floor the plan must reach (value, met from 10 %) and the
-- aspiration beyond it (stretch_value, 15 %), not a range that 16 % would fall outside.
ALTER TABLE plan_target ADD COLUMN stretch_value numeric(20, 4);
