package com.privacydesk.app.port;

import java.util.Optional;

/** Key/value settings that supervisors change; defaults live in code. */
public interface SettingsRepository {
  /** The stored value, if a supervisor changed it from the default. */
  Optional<String> get(String key);

  /** Stores (inserts or replaces) one setting. */
  void put(String key, String value);
}
