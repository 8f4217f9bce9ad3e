-- Daily prices with Sharadar's semantics: open/high/low/close/volume split-adjusted,
-- closeadj also dividend-adjusted, closeunadj as traded. One row per (ticker, date) is kept by
-- the loader (delete-then-insert in one transaction) and checked by the audit; there is no
-- primary key because DuckDB's index would cost memory on tens of millions of rows and rejects
-- re-inserting a key deleted in the same transaction.
CREATE TABLE sep_base (
    ticker      VARCHAR NOT NULL,
    date        DATE    NOT NULL,
    open        DOUBLE,
    high        DOUBLE,
    low         DOUBLE,
    close       DOUBLE  NOT NULL,
    volume      DOUBLE,
    closeadj    DOUBLE,
    closeunadj  DOUBLE,
    lastupdated DATE
);

CREATE TABLE tickers (
    ticker         VARCHAR NOT NULL,
    name           VARCHAR,
    exchange       VARCHAR,
    sector         VARCHAR,
    industry       VARCHAR,
    isdelisted     BOOLEAN,
    firstpricedate DATE,
    lastpricedate  DATE
);

-- Rows an import refused, with where they came from and why.
CREATE TABLE sep_quarantine (
    load_id        VARCHAR NOT NULL,
    source         VARCHAR NOT NULL,
    file           VARCHAR,
    line           BIGINT,
    ticker         VARCHAR,
    date           VARCHAR,
    reason         VARCHAR NOT NULL,
    raw            VARCHAR,
    quarantined_at TIMESTAMP NOT NULL
);

-- One row per committed load: what came in, from where, with which parameters.
CREATE TABLE load_log (
    load_id          VARCHAR PRIMARY KEY,
    source           VARCHAR NOT NULL,
    parameters       VARCHAR,
    started_at       TIMESTAMP NOT NULL,
    finished_at      TIMESTAMP NOT NULL,
    rows_inserted    BIGINT NOT NULL,
    rows_replaced    BIGINT NOT NULL,
    rows_quarantined BIGINT NOT NULL,
    tickers          BIGINT NOT NULL
);
