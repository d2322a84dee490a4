package com.privacydesk.desktop.ui.common;

import com.privacydesk.app.AccountChangedException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and callbacks at once on the calling thread: the synchronous twin for tests. */
public final class ImmediateUiTaskRunner implements UiTaskRunner {
  private Consumer<AccountChangedException> accountChanged = e -> {};

  @Override
  public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    T result;
    try {
      result = work.call();
    } catch (Exception | Error e) {
      onFailure.accept(e);
      if (e instanceof AccountChangedException changed) {
        accountChanged.accept(changed);
      }
      return;
    }
    onSuccess.accept(result);
  }

  @Override
  public void post(Runnable action) {
    action.run();
  }

  @Override
  public void whenAccountChanged(Consumer<AccountChangedException> handler) {
    accountChanged = handler;
  }
}
