package org.greenvalue.registry.anchoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.greenvalue.service.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes submissions to the outbox by group commit: requests queue up, a writer thread inserts a
 * few hundred per transaction and releases each waiting request only after COMMIT, so an accepted
 * submission is durable. With {@code group-commit=false} each request writes its own transaction.
 */
@Component
class SubmissionWriter implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);

  private final OutboxRepository outbox;
  private final TransactionTemplate transaction;
  private final AnchoringProperties properties;
  private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
  private final List<Thread> writers = new ArrayList<>();
  private volatile boolean running;

  SubmissionWriter(
      OutboxRepository outbox, TransactionTemplate transaction, AnchoringProperties properties) {
    this.outbox = outbox;
    this.transaction = transaction;
    this.properties = properties;
  }

  /**
   * Appends the submission; returns once it is committed.
   *
   * @return whether the digest was new (false: it was submitted before)
   */
  boolean append(Submission submission) {
    if (!properties.groupCommit()) {
      Set<String> added = transaction.execute(tx -> outbox.append(List.of(submission)));
      return added.contains(submission.digest());
    }
    if (!running) {
      throw unavailable();
    }
    Waiting waiting = new Waiting(submission, new CompletableFuture<>());
    queue.add(waiting);
    try {
      return waiting.added().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * Appends a batch a client sent in one request, in one transaction of its own (the batch is
   * already a group); returns once it is committed.
   *
   * @return the digests that were new
   */
  Set<String> appendAll(List<Submission> submissions) {
    Map<String, Submission> distinct = new LinkedHashMap<>();
    submissions.forEach(s -> distinct.putIfAbsent(s.digest(), s));
    try {
      return transaction.execute(tx -> outbox.append(new ArrayList<>(distinct.values())));
    } catch (RuntimeException e) {
      log.warn("could not write a batch of {} submissions: {}", distinct.size(), e.toString());
      throw unavailable();
    }
  }

  private void write() {
    List<Waiting> group = new ArrayList<>(properties.groupSize());
    while (running || !queue.isEmpty()) {
      try {
        Waiting first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
        queue.drainTo(group, properties.groupSize() - 1);
        commit(group);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } finally {
        group.clear();
      }
    }
  }

  private void commit(List<Waiting> group) {
    Map<String, Submission> distinct = new LinkedHashMap<>();
    group.forEach(w -> distinct.putIfAbsent(w.submission().digest(), w.submission()));
    try {
      Set<String> added =
          transaction.execute(tx -> outbox.append(new ArrayList<>(distinct.values())));
      for (Waiting w : group) {
        // only the first of repeated digests in one group counts as new
        boolean first = distinct.get(w.submission().digest()) == w.submission();
        w.added().complete(first && added.contains(w.submission().digest()));
      }
    } catch (RuntimeException e) {
      log.warn("could not write {} submissions: {}", group.size(), e.toString());
      group.forEach(w -> w.added().completeExceptionally(unavailable()));
    }
  }

  private static Problem unavailable() {
    return new Problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "outbox-unavailable",
        "Outbox unavailable",
        "the submission could not be stored; nothing was accepted, submit it again");
  }

  @Override
  public void start() {
    running = true;
    if (!properties.groupCommit()) {
      return;
    }
    for (int i = 0; i < properties.writers(); i++) {
      Thread t = Thread.ofPlatform().name("anchoring-writer-" + i).daemon().start(this::write);
      writers.add(t);
    }
  }

  @Override
  public void stop() {
    running = false;
    for (Thread t : writers) {
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    writers.clear();
    Waiting left;
    while ((left = queue.poll()) != null) {
      left.added().completeExceptionally(unavailable());
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Starts before and stops after the web server, so no accepted request is cut off. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 4096;
  }

  private record Waiting(Submission submission, CompletableFuture<Boolean> added) {}
}
