package com.privacydesk.app.cases;

import com.privacydesk.app.Actor;
import com.privacydesk.app.NotFoundException;
import com.privacydesk.app.ValidationException;
import com.privacydesk.app.port.PreferenceRepository.StoredView;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.user.Permission;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Each user's own queue set-up: named views (a {@link ViewSpec}) and the table layout. Nobody sees
 * or changes another user's; nothing here is personal data about requesters.
 */
public final class QueuePreferences {
  /** Longest view name. */
  public static final int MAX_NAME = 80;

  /** Longest stored preference value. */
  public static final int MAX_VALUE = 2_000;

  public static final String FIELD_NAME = "viewName";

  private final TransactionRunner tx;
  private final Clock clock;

  public QueuePreferences(TransactionRunner tx, Clock clock) {
    this.tx = tx;
    this.clock = clock;
  }

  /** A user's saved view. */
  public record SavedView(long id, String name, ViewSpec spec) {}

  /** The user's saved views, by name. */
  public List<SavedView> views(Actor actor) {
    actor.require(Permission.VIEW_QUEUE);
    return tx.inTransaction(
        actor,
        r -> r.preferences().views(actor.userId()).stream().map(QueuePreferences::view).toList());
  }

  /** Saves {@code spec} as {@code name}; an existing view of that name is replaced. */
  public SavedView save(Actor actor, String name, ViewSpec spec) {
    actor.require(Permission.VIEW_QUEUE);
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty()) {
      throw new ValidationException(List.of(new FieldError(FIELD_NAME, "required")));
    }
    if (clean.length() > MAX_NAME) {
      throw new ValidationException(List.of(new FieldError(FIELD_NAME, "text.too.long")));
    }
    if (clean.chars().anyMatch(Character::isISOControl)) {
      throw new ValidationException(List.of(new FieldError(FIELD_NAME, "text.control")));
    }
    String filter = spec.encode();
    return tx.inTransaction(
        actor,
        r -> {
          var existing = r.preferences().viewNamed(actor.userId(), clean);
          if (existing.isPresent()) {
            r.preferences().updateView(actor.userId(), existing.get().id(), filter);
            return new SavedView(existing.get().id(), existing.get().name(), spec);
          }
          long id = r.preferences().insertView(actor.userId(), clean, filter, clock.instant());
          return new SavedView(id, clean, spec);
        });
  }

  /** Deletes one of the user's own views. */
  public void delete(Actor actor, long viewId) {
    actor.require(Permission.VIEW_QUEUE);
    tx.inTransaction(
        actor,
        r -> {
          if (!r.preferences().deleteView(actor.userId(), viewId)) {
            throw new NotFoundException("View " + viewId);
          }
          return null;
        });
  }

  /** The user's stored layout preferences. */
  public Map<String, String> preferences(Actor actor) {
    return tx.inTransaction(actor, r -> r.preferences().preferences(actor.userId()));
  }

  /** Stores one layout preference (column widths, order, sort). */
  public void put(Actor actor, String key, String value) {
    if (key == null || key.isBlank() || key.length() > 80) {
      throw new IllegalArgumentException("preference key");
    }
    String v = value == null ? "" : value;
    if (v.length() > MAX_VALUE) {
      throw new IllegalArgumentException("preference value too long");
    }
    tx.inTransaction(
        actor,
        r -> {
          r.preferences().putPreference(actor.userId(), key, v);
          return null;
        });
  }

  private static SavedView view(StoredView v) {
    return new SavedView(v.id(), v.name(), ViewSpec.decode(v.filter()));
  }
}
