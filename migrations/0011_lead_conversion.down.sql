DROP INDEX lead_converted_contact_idx;
ALTER TABLE lead
  DROP CONSTRAINT lead_conversion_whole,
  DROP COLUMN converted_opportunity_id,
  DROP COLUMN converted_account_id,
  DROP COLUMN converted_contact_id,
  DROP COLUMN converted_by_id,
  DROP COLUMN converted_at;
