"""SQL's keywords as code detection (lintkit.formats.code_patterns) weighs a line by them: a statement's
opening, a clause's. Apart so that the patterns of every language fit in their module."""

from __future__ import annotations

# A SQL statement's opening keywords in capitals (`SELECT`, `CREATE EXTENSION`), and a clause's (`FROM`, `JOIN`).
SQL_STATEMENT = (
    r"SELECT|INSERT\s+INTO|UPDATE\s+[\w.\"]+\s+SET|UPDATE\s+[\w.\"]+$|DELETE\s+FROM"
    r"|CREATE\s+(OR\s+REPLACE\s+)?(TEMP(ORARY)?\s+|UNIQUE\s+|MATERIALIZED\s+|FOREIGN\s+)?(TABLE|INDEX|VIEW"
    r"|EXTENSION|FUNCTION|PROCEDURE|SCHEMA|ROLE|USER|TRIGGER|SEQUENCE|TYPE|DATABASE|SERVER|PUBLICATION|POLICY)"
    r"|ALTER\s+(TABLE|EXTENSION|SYSTEM|ROLE|USER|DATABASE|INDEX|SERVER|FOREIGN\s+TABLE|FUNCTION|SCHEMA)"
    r"|DROP\s+(TABLE|INDEX|VIEW|EXTENSION|FUNCTION|SCHEMA|ROLE|TRIGGER|SERVER|DATABASE|TYPE)"
    r"|GRANT|REVOKE|TRUNCATE|EXPLAIN|VACUUM|COPY\s+[\w.]+\s+(FROM|TO)\s|WITH\s+\w+\s+AS\s*\("
    r"|(BEGIN|COMMIT|ROLLBACK|END);|CALL\s+[\w.]+\(|SET\s+[\w.]+\s*(=|TO\s)"
    # Delta Lake's (`RESTORE TABLE your_table TO VERSION AS OF 1`, `CONVERT TO DELTA iceberg.`...``).
    r"|RESTORE\s+TABLE|DESCRIBE\s+(HISTORY|DETAIL|EXTENDED)|CONVERT\s+TO\s+DELTA"
)
SQL_CLAUSE = (
    r"(FROM|WHERE|GROUP\s+BY|ORDER\s+BY|HAVING|LIMIT|OFFSET|((LEFT|RIGHT|INNER|FULL|CROSS)\s+)?(OUTER\s+)?JOIN"
    r"|UNION(\s+ALL)?|VALUES|RETURNING|WINDOW|ON\s+CONFLICT|AND|OR)"
)
