-- What a converted lead became: the contact, the account it joined or
-- started, and the opportunity opened with it. The lead stays, with its
-- activities, and points at them.
ALTER TABLE lead
  ADD COLUMN converted_at timestamptz,
  ADD COLUMN converted_by_id uuid,
  ADD COLUMN converted_contact_id uuid,
  ADD COLUMN converted_account_id uuid,
  ADD COLUMN converted_opportunity_id uuid,
  ADD FOREIGN KEY (tenant_id, converted_by_id)
    REFERENCES app_user (tenant_id, id),
  ADD FOREIGN KEY (tenant_id, converted_contact_id)
    REFERENCES contact (tenant_id, id),
  ADD FOREIGN KEY (tenant_id, converted_account_id)
    REFERENCES account (tenant_id, id),
  ADD FOREIGN KEY (tenant_id, converted_opportunity_id)
    REFERENCES opportunity (tenant_id, id),
  -- Converted means all of it: the time, who, and the contact.
  ADD CONSTRAINT lead_conversion_whole CHECK (
    (converted_at IS NULL) = (converted_contact_id IS NULL)
    AND (converted_at IS NULL) = (converted_by_id IS NULL));

-- Which leads became a contact: for the contact's page.
CREATE INDEX lead_converted_contact_idx ON lead
  (tenant_id, converted_contact_id) WHERE converted_contact_id IS NOT NULL;
