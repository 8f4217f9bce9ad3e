package io.kairos.execution;

import java.util.Map;

/** Where the order manager tells the story of each order (the audit log): one event at a time. */
@FunctionalInterface
public interface OrderJournal {

    void record(String event, Map<String, Object> fields);
}
