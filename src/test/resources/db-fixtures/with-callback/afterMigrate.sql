-- A Flyway callback: runs after every migrate, so Flyway must never be skipped for this folder.
DELETE FROM fixture;
