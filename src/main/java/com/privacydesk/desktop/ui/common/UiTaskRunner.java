package com.privacydesk.desktop.ui.common;

import com.privacydesk.app.AccountChangedException;
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

  /**
   * Has {@code handler} told (on the UI thread) whenever a call fails because the signed-in account
   * was disabled or given another role since sign-in, instead of the call's own failure callback:
   * the window then ends the session, saying why, instead of every further call failing with an
   * error dialog of its own.
   */
  void whenAccountChanged(Consumer<AccountChangedException> handler);
}
