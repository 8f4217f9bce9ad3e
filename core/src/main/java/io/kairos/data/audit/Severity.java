package io.kairos.data.audit;

/** How much a finding matters: a blocking finding makes the audit refuse (exit code 3). */
public enum Severity {
    BLOCKING,
    WARNING
}
