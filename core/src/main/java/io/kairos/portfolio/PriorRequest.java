package io.kairos.portfolio;

import java.nio.file.Path;

/** Where the prior holdings come from: the store's last picks, nowhere (a fresh start), or a file. */
public record PriorRequest(Source source, Path file) {

    public enum Source {
        STORE,
        NONE,
        FILE
    }

    public static final PriorRequest STORE = new PriorRequest(Source.STORE, null);
    public static final PriorRequest NONE = new PriorRequest(Source.NONE, null);

    public static PriorRequest file(Path file) {
        return new PriorRequest(Source.FILE, file);
    }
}
