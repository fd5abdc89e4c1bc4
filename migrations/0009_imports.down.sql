DROP TABLE import_mapping;
DROP TABLE import_record;
DROP TABLE import_row;
DROP TABLE import;
