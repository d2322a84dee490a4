package com.privacydesk.desktop.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work as JavaFX {@link Task}s on one background thread, so database calls keep order. */
public final class FxUiTaskRunner implements UiTaskRunner {
  private static final Logger LOG = LoggerFactory.getLogger(FxUiTaskRunner.class);

  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "privacydesk-worker");
            t.setDaemon(true);
            return t;
          });

  @Override
  public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    Task<T> task =
        new Task<>() {
          @Override
          protected T call() throws Exception {
            return work.call();
          }
        };
    task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
    task.setOnFailed(
        e -> {
          Throwable ex = task.getException();
          // Type only: messages from the database layer may quote personal data.
          LOG.debug("Background task failed: {}", ex.getClass().getName());
          if (ex instanceof com.privacydesk.app.AccountChangedException changed
              && accountChangedHandled) {
            // the session ends, saying why: the task's own error message would only repeat it
            accountChanged.accept(changed);
          } else {
            onFailure.accept(ex);
          }
        });
    try {
      executor.execute(task);
    } catch (java.util.concurrent.RejectedExecutionException closing) {
      // the window is closing (e.g. a debounced layout save after the last close): the database
      // is being closed too, so there is nothing left to run this against
      LOG.debug("Background task dropped: the window is closing");
    }
  }

  @Override
  public void post(Runnable action) {
    onFxThread(action);
  }

  private volatile Consumer<com.privacydesk.app.AccountChangedException> accountChanged = e -> {};
  private volatile boolean accountChangedHandled;

  @Override
  public void whenAccountChanged(Consumer<com.privacydesk.app.AccountChangedException> handler) {
    accountChanged = handler;
    accountChangedHandled = true;
  }

  /** Runs {@code action} on the FX thread (now if already there). */
  public static void onFxThread(Runnable action) {
    if (Platform.isFxApplicationThread()) {
      action.run();
    } else {
      Platform.runLater(action);
    }
  }

  /** Stops accepting work; running work finishes in the background. */
  public void shutdown() {
    executor.shutdown();
  }

  /**
   * Stops accepting work and waits up to {@code timeout} for what was queued (e.g. the window's
   * place, stored as it closes) before the database is closed under it.
   */
  public void shutdownAndWait(java.time.Duration timeout) {
    executor.shutdown();
    try {
      executor.awaitTermination(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
