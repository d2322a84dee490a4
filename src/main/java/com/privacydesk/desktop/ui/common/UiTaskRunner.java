package com.privacydesk.desktop.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs service calls off the FX thread and delivers the outcome back on it. View models use only
 * this, so tests can swap in {@link ImmediateUiTaskRunner}.
 */
public interface UiTaskRunner {
  /** Runs {@code work} in the background; exactly one of the callbacks runs on the UI thread. */
  <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

  /** Runs {@code action} on the UI thread soon (progress from background work). */
  void post(Runnable action);
}
