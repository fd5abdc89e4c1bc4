ALTER TABLE activity DROP COLUMN custom;
ALTER TABLE opportunity DROP COLUMN custom;
ALTER TABLE product DROP COLUMN custom;
ALTER TABLE lead DROP COLUMN custom;
ALTER TABLE contact DROP COLUMN custom;
ALTER TABLE account DROP COLUMN custom;
DROP TABLE custom_field;
