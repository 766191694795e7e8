-- A failed import keeps why as a code of the error catalogue and its arguments, worded when read, so each reader
-- sees it in their own language. Failures stored before as English text keep their text as the one argument of
-- import.legacy-failure.
ALTER TABLE enterprise_import
    ADD COLUMN failure_code VARCHAR(64) NULL AFTER failure,
    ADD COLUMN failure_args JSON        NULL AFTER failure_code;

UPDATE enterprise_import
   SET failure_code = 'import.legacy-failure',
       failure_args = JSON_ARRAY(failure)
 WHERE failure IS NOT NULL;

ALTER TABLE enterprise_import DROP COLUMN failure;
