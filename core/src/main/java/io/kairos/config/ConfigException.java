package io.kairos.config;

import io.kairos.KairosException;

/** The configuration is wrong; the message names the key, where it was set, and what is allowed. */
public final class ConfigException extends KairosException {

    public ConfigException(String message) {
        super(Kind.USAGE, message);
    }
}
