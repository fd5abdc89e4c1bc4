-- A merged record's pointer names a record of its own type in its own
-- workspace, and the records merged into one are found from it.
ALTER TABLE account ADD CONSTRAINT account_merged_into_fkey
  FOREIGN KEY (tenant_id, merged_into_id) REFERENCES account (tenant_id, id);
ALTER TABLE contact ADD CONSTRAINT contact_merged_into_fkey
  FOREIGN KEY (tenant_id, merged_into_id) REFERENCES contact (tenant_id, id);
ALTER TABLE lead ADD CONSTRAINT lead_merged_into_fkey
  FOREIGN KEY (tenant_id, merged_into_id) REFERENCES lead (tenant_id, id);
CREATE INDEX account_merged_into_idx ON account (tenant_id, merged_into_id)
  WHERE merged_into_id IS NOT NULL;
CREATE INDEX contact_merged_into_idx ON contact (tenant_id, merged_into_id)
  WHERE merged_into_id IS NOT NULL;
CREATE INDEX lead_merged_into_idx ON lead (tenant_id, merged_into_id)
  WHERE merged_into_id IS NOT NULL;

-- The lineage holds merges of these types only, never of a record into
-- itself.
ALTER TABLE record_merge ADD CONSTRAINT record_merge_type_check
  CHECK (record_type IN ('account', 'contact', 'lead'));
ALTER TABLE record_merge ADD CONSTRAINT record_merge_self_check
  CHECK (NOT (survivor_id = ANY (merged_ids)) AND cardinality(merged_ids) > 0);
