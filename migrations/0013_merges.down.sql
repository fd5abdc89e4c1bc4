ALTER TABLE record_merge DROP CONSTRAINT record_merge_self_check;
ALTER TABLE record_merge DROP CONSTRAINT record_merge_type_check;
DROP INDEX lead_merged_into_idx;
DROP INDEX contact_merged_into_idx;
DROP INDEX account_merged_into_idx;
ALTER TABLE lead DROP CONSTRAINT lead_merged_into_fkey;
ALTER TABLE contact DROP CONSTRAINT contact_merged_into_fkey;
ALTER TABLE account DROP CONSTRAINT account_merged_into_fkey;
