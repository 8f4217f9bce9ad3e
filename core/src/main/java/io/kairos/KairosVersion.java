package io.kairos;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, as written into manifests and printed by {@code kairos --version}. */
public final class KairosVersion {

    private KairosVersion() {
    }

    public static String current() {
        try (InputStream in = KairosVersion.class.getResourceAsStream("kairos-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
