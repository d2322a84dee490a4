package com.privacydesk.desktop.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and callbacks at once on the calling thread: the synchronous twin for tests. */
public final class ImmediateUiTaskRunner implements UiTaskRunner {
  @Override
  public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    T result;
    try {
      result = work.call();
    } catch (Exception | Error e) {
      onFailure.accept(e);
      return;
    }
    onSuccess.accept(result);
  }

  @Override
  public void post(Runnable action) {
    action.run();
  }
}
