-- The validation job was named payoutJob; Spring Batch finds a run's earlier attempt by the
-- job's name, so instances stored under the old name are renamed with it.
UPDATE BATCH_JOB_INSTANCE SET JOB_NAME = 'validationJob' WHERE JOB_NAME = 'payoutJob';
