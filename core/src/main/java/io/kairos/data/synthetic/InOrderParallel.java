package io.kairos.data.synthetic;

import io.kairos.KairosException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;

/**
 * Computes tasks 0..count-1 on worker threads and hands the results to the calling thread in index
 * order. At most {@code window} results are computed ahead of the consumer, which bounds memory
 * whichever side is slower; the consumer alone touches what is not thread-safe.
 */
final class InOrderParallel {

    private InOrderParallel() {
    }

    static <T> void run(int count, int threads, int window, IntFunction<T> task, ObjIntConsumer<T> consumer) {
        if (threads < 1 || window < 1) {
            throw new IllegalArgumentException("need at least one thread and a window of at least one");
        }
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads());
        Deque<Future<T>> inFlight = new ArrayDeque<>(window);
        try {
            int submitted = 0;
            for (int next = 0; next < count; next++) {
                while (submitted < count && inFlight.size() < window) {
                    int index = submitted++;
                    inFlight.addLast(workers.submit(() -> task.apply(index)));
                }
                consumer.accept(await(inFlight.removeFirst()), next);
            }
        } finally {
            inFlight.forEach(pending -> pending.cancel(true));
            workers.shutdownNow();
        }
    }

    private static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KairosException.failure("Interrupted while generating the synthetic market.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw KairosException.failure("Generating the synthetic market failed: " + e.getCause(), e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger number = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "synthetic-market-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
