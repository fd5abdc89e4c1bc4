DELETE FROM custom_field WHERE type IN ('ref', 'refs', 'rollup', 'formula');
ALTER TABLE custom_field
  DROP COLUMN ref,
  DROP COLUMN computed,
  DROP COLUMN default_value,
  DROP COLUMN is_unique,
  DROP COLUMN indexed,
  DROP COLUMN min,
  DROP COLUMN max,
  DROP COLUMN pattern;
ALTER TABLE custom_field DROP CONSTRAINT custom_field_type_check;
ALTER TABLE custom_field ADD CONSTRAINT custom_field_type_check
  CHECK (type IN ('text', 'longtext', 'email', 'url', 'phone', 'integer',
    'decimal', 'money', 'percent', 'date', 'datetime', 'boolean', 'enum',
    'multiselect'));
DELETE FROM custom_field WHERE record_type IN (SELECT name FROM custom_object);
DROP TABLE custom_value_index;
DROP TABLE custom_record;
DROP TABLE custom_object;
