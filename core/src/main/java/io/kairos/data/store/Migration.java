package io.kairos.data.store;

/** One versioned schema change: a SQL script on the classpath next to this class. */
record Migration(int version, String description, String resource) {
}
