package com.privacydesk.desktop.ui.common;

import com.privacydesk.app.AccountChangedException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and callbacks at once on the calling thread: the synchronous twin for tests. */
public final class ImmediateUiTaskRunner implements UiTaskRunner {
  private Consumer<AccountChangedException> accountChanged = e -> {};
  private boolean accountChangedHandled;

  @Override
  public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    T result;
    try {
      result = work.call();
    } catch (Exception | Error e) {
      if (e instanceof AccountChangedException changed && accountChangedHandled) {
        accountChanged.accept(changed);
      } else {
        onFailure.accept(e);
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
    accountChangedHandled = true;
  }
}
