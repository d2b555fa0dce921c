"""Real posts' SQL (issue 13, the fifth stand-in): queries, DDL and psql sessions, unfenced
in the export, read as code; a licence's notice and a numbered reference read as paragraphs."""

from __future__ import annotations

from helpers import lint
from test_real_articles import post, shape

from lintkit.formats.code import looks_like_code
from lintkit.formats.detect import detect_language


def test_sql_statements_and_their_clauses_are_code() -> None:
    """toastinfo's example sets a column's storage, then inserts rows with a comment after
    each; tdigest's README shows each function as a one-line query; hll's a query over three
    lines. lintkit had no SQL pattern: read as paragraphs, each chunk was a near duplicate of
    the one before it (DUP002). In the seven stand-ins' Markdown such openings start no
    heading or paragraph, 601 lines of code."""
    body = """\
Example

ALTER TABLE t ALTER COLUMN b SET STORAGE EXTERNAL;
INSERT INTO t VALUES ('external-10', 'external'); -- short inline varlena
INSERT INTO t VALUES ('external-200', repeat('x', 200)); -- long inline varlena, uncompressed
INSERT INTO t VALUES ('external-10000', repeat('x', 10000)); -- toasted varlena, uncompressed

ALTER TABLE t ALTER COLUMN b SET STORAGE EXTENDED;
INSERT INTO t VALUES ('extended-10', 'extended'); -- short inline varlena
INSERT INTO t VALUES ('extended-200', repeat('x', 200)); -- long inline varlena, uncompressed
INSERT INTO t VALUES ('extended-10000', repeat('x', 10000)); -- toasted varlena, compressed

The function pg_toastinfo describes the storage form of a datum.

Percentiles

Computes relative ranks of hypothetical values, using a t-digest with the specified accuracy.

SELECT tdigest_percentile_of(t.c, 100, ARRAY[6343.43, 139832.3]) FROM t

Computes relative ranks of hypothetical values, grouped by a column of the table.

SELECT tdigest_percentile_of(t.c, t.a, 100, ARRAY[6343.43, 139832.3]) FROM t

Sliding windows

SELECT date, #hll_union_agg(users) OVER seven_days
FROM daily_uniques
WINDOW seven_days AS (ORDER BY date ASC ROWS 6 PRECEDING);

Sliding windows are another prime example of the power of hlls.
"""
    text = post(body, 6)
    assert shape(text)[:3] == [
        ("Example", ["code", "paragraph"]),  # one block, the blank line inside it
        ("Percentiles", ["paragraph", "code", "paragraph", "code"]),
        ("Sliding windows", ["code", "paragraph"]),
    ]
    assert lint(text, ["DUP002", "META006"]) == []


def test_a_psql_session_is_sql_and_never_php_or_javascript() -> None:
    """plpgsql_check's README shows psql sessions (`postgres=# do $$ begin perform fx(...); end; $$;`),
    pg_qualstats' a query: called PHP and JavaScript, they were META013 findings in a post whose
    `code language` named neither."""
    session = """\
postgres=# select * from plpgsql_check_function_tb('f1()');
 functionid | lineno | statement | sqlstate |                  message                   | detail | hint | level
------------+--------+-----------+----------+--------------------------------------------+--------+------+-------
 f1         |      4 | RAISE     | 42P01    | missing FROM-clause entry for table "r"    |        |      | error
(1 row)"""
    assert detect_language(session) == "sql"
    assert detect_language("postgres=# do $$ begin perform fx(10,null, 'now', e'text'); end; $$;\nDO") == "sql"
    assert looks_like_code(["SELECT v", "FROM pg_qualstats_indexes_ddl", "WHERE queryid = 42;"])


def test_prose_and_headings_that_name_a_statement_stay_prose() -> None:
    """The stand-ins' headings and paragraphs that open on a statement's keyword describe it in words:
    set_user's `GRANT EXECUTE to Functions`, docker's `COPY has two forms:`, tds_fdw's `EXPLAIN (VERBOSE) will
    show the query issued on the remote system.`, mysql_fdw's `WHERE clause push-down`."""
    for line in (
        "GRANT EXECUTE to Functions",
        "COPY has two forms:",
        "EXPLAIN (VERBOSE) will show the query issued on the remote system.",
        "WHERE clause push-down",
        "CREATE TABLE AS and SELECT INTO are not supported to replicate DDL.",
    ):
        assert not looks_like_code([line]), line


def test_a_licence_notice_and_a_numbered_reference_are_paragraphs() -> None:
    """pg_dirtyread's and toastinfo's licences end on `Copyright (c) 1996-2022, PostgreSQL Global
    Development Group`, tdigest's notes list `[1] https://github.com/tdunning/t-digest`: read as
    headings, the payload's count was off (META006). 19 paragraphs of the seven stand-ins are written
    so, no heading."""
    body = """\
Notes

The t-digest data structure was introduced by Ted Dunning in 2013.

[1] https://github.com/tdunning/t-digest

[2] https://github.com/ajwerner/tdigestc

License

Copyright (c) 1996-2022, PostgreSQL Global Development Group

Portions Copyright (c) 1994, The Regents of the University of California
"""
    text = post(body, 6)
    assert shape(text)[:2] == [("Notes", ["paragraph"] * 3), ("License", ["paragraph"] * 2)]
    assert lint(text, ["META006", "STR004"]) == []


def test_psql_and_pg_regress_output_is_not_javascript() -> None:
    """postgresql-unit's README lists its objects as psql's `\\dx+` prints them (` function avg(unit)`), and
    plpgsql_check's closes its build on pg_regress's `=====================` frame: taken for JavaScript
    (a function's declaration, `===`), each was a META013 finding in a post whose `code language` is
    another. A declaration opens its body or runs on; an operator is no rule of `=` signs."""
    listing = """\
           Objects in extension "unit"
                Object description
--------------------------------------------------
 function ampere(double precision)
 function au(double precision)
 function avg(unit)
 function cbrt(unit)"""
    frame = "=====================\n All 3 tests passed.\n====================="
    assert detect_language(listing) != "javascript"
    assert detect_language(frame) != "javascript"
    assert detect_language("function add(a, b) {\n  return a + b;\n}") == "javascript"
    assert (
        detect_language("function request(\n  url,\n  options\n) {\n  return fetch(url, options);\n}") == "javascript"
    )
    assert detect_language("if (a === b) {\n  console.log(a);\n}") == "javascript"
    assert (
        lint(post("Objects\n\nThe unit extension provides the following objects:\n\n" + listing + "\n", 2), ["META013"])
        == []
    )


def test_sql_comments_and_a_printed_statement_are_the_codes() -> None:
    """pg_cron's and pgl_ddl_deploy's snippets comment each statement (`-- optionally, grant usage to regular
    users:`, `--Setup permissions for the same role ...`, no blank after the dashes), sqlglot's README shows
    the statement Python printed (`'SELECT FROM_UNIXTIME(1618088028295 / POW(10, 3))'`): the comment read
    as a sentence, the string as a heading. No heading or paragraph of the seven stand-ins opens so."""
    assert looks_like_code(["-- optionally, grant usage to regular users:", "GRANT USAGE ON SCHEMA cron TO marco;"])
    assert looks_like_code(
        [
            "--Be sure that on the subscriber, app_owner role has the following perms:",
            "GRANT CREATE ON DATABASE :DBNAME TO app_owner;",
        ]
    )
    assert looks_like_code(["'SELECT FROM_UNIXTIME(1618088028295 / POW(10, 3))'"])
    assert not looks_like_code(['"Select the rows you want to keep," she said.'])


def test_pseudocode_with_compound_names_is_code() -> None:
    """jsquery's README shows how its index entries are laid out, a line of pseudocode each in an indented
    block (`(hash(path_item_1.path_item_2. ... .path_item_n); value)`): read as paragraphs, the payload's
    count was off (META006). A name with underscores is one name (`path_item_1`), as a call's are counted."""
    assert looks_like_code(["(hash(path_item_1.path_item_2. ... .path_item_n); value)"])
    assert looks_like_code(["(value; bloom(path_item_1) | bloom(path_item_2) | ... | bloom(path_item_n))"])
    assert not looks_like_code(["Use the hash(path) function to compare the value of each path in the document"])


def test_a_statement_in_lower_case_is_code() -> None:
    """Many posts write SQL in lower case (`select * from tbl where id = 3`, sql-formatter's samples):
    with its object after it, a statement opens 42 lines of the stand-ins' code and no heading or paragraph;
    a sentence that opens on the verb is capitalised and says more (`Select the rows from the list below`)."""
    assert looks_like_code(["select * from tbl where id = 3"])
    assert looks_like_code(["create table users (id serial primary key, name text);"])
    assert detect_language("select id, name from users where id = 3;\ndelete from users where id = 4;") == "sql"
    assert not looks_like_code(["Select the rows from the list below"])
