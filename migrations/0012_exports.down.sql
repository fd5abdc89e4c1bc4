DROP TABLE export_chunk;
DROP TABLE export;
