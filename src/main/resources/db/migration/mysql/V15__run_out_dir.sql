-- Where a run's result workbook goes, recorded when the run is created: a sheet still waiting
-- in the validation queue when its process stopped is validated at the next start, and its
-- result must go where the upload said (issue 21).
ALTER TABLE payout_run ADD COLUMN out_dir VARCHAR(1024);
