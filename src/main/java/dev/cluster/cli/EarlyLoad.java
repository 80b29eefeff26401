package dev.cluster.cli;

import dev.cluster.load.LoadResult;
import dev.cluster.load.PartnershipLoader;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The partnership, read on a second thread while picocli builds its model of the command line: at
 * start-up each takes about a fifth of a command's time, and the machines this runs on have two
 * cores or more. Reading has no side effects (it prints nothing and writes nothing), and the result
 * is used only when {@code -f}, once parsed, names the file that was read; otherwise the command
 * reads its own.
 */
final class EarlyLoad {
  private final Path file;
  private final FutureTask<LoadResult> task;

  private EarlyLoad(Path file) {
    this.file = file;
    this.task = new FutureTask<>(() -> PartnershipLoader.load(file));
  }

  /** Starts reading {@code file} on a daemon thread (it never keeps the JVM alive). */
  static EarlyLoad start(Path file) {
    EarlyLoad early = new EarlyLoad(file);
    Thread thread = new Thread(early.task, "cluster-early-load");
    thread.setDaemon(true);
    thread.start();
    return early;
  }

  /**
   * Stops a read that nobody will take (the command failed before it read the partnership), so that
   * it does not go on taking a core from what runs next in this JVM.
   */
  void abandon() {
    task.cancel(true);
  }

  /**
   * The partnership {@code file} holds: the early read when it was of this file, else read now.
   * What the loader throws (invalid data, say) is thrown here as it was thrown there.
   */
  LoadResult take(Path wanted) {
    if (!file.equals(wanted)) {
      task.cancel(false);
      return PartnershipLoader.load(wanted);
    }
    try {
      return task.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return PartnershipLoader.load(wanted);
    }
  }
}
