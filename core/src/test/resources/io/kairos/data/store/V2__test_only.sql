-- A migration that exists only in the tests, to show an older store being upgraded.
CREATE TABLE upgrade_marker (note VARCHAR);
INSERT INTO upgrade_marker VALUES ('applied by V2');
