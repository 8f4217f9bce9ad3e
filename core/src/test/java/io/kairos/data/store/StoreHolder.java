package io.kairos.data.store;

import java.nio.file.Path;

/** A second process for the lock test: opens the store for writing and holds it until stdin closes. */
public final class StoreHolder {

    private StoreHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (PriceStore store = PriceStore.open(Path.of(args[0]), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS)) {
            System.out.println("holding " + store.file());
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the test to close our stdin
            }
        }
    }
}
