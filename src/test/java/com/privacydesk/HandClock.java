package com.privacydesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand; the services read it for every "now". */
public final class HandClock extends Clock {
  private volatile Instant now = TestServices.NOW;

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }

  /** Sets the time. */
  public void set(Instant instant) {
    now = instant;
  }

  /** Moves the time forward by {@code by}. */
  public void advance(Duration by) {
    now = now.plus(by);
  }
}
