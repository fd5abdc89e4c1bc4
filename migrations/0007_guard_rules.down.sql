DROP TABLE guard_rule;
