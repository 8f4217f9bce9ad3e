package io.kairos.config;

/** Where an effective setting came from, lowest precedence first. */
public enum ConfigOrigin {
    DEFAULT,
    FILE,
    DOTENV,
    ENVIRONMENT,
    FLAG
}
