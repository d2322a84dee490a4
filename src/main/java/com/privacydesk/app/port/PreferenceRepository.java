package com.privacydesk.app.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What each user keeps for themselves: saved queue views and window layout. */
public interface PreferenceRepository {
  /** The user's saved views, by name. */
  List<StoredView> views(long ownerId);

  /** The view of this owner with this name, if any. */
  Optional<StoredView> viewNamed(long ownerId, String name);

  /** Stores a new view and returns its id. */
  long insertView(long ownerId, String name, String filter, Instant at);

  /** Replaces the filter of an existing view of this owner. */
  boolean updateView(long ownerId, long viewId, String filter);

  /** Deletes one of the owner's views; false when it was not theirs or not there. */
  boolean deleteView(long ownerId, long viewId);

  /** Every preference of the user. */
  Map<String, String> preferences(long userId);

  /** Sets one preference. */
  void putPreference(long userId, String key, String value);

  /** A saved view as stored; {@code filter} is the encoded view specification. */
  record StoredView(long id, String name, String filter) {}
}
