package com.privacydesk.domain.workflow;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A done checklist item: its key ({@code ITEM} or {@code ITEM:system}), the date and choice it
 * records (null when the item records none), who ticked it and when.
 */
public record Tick(
    String key, @Nullable LocalDate doneOn, @Nullable String choice, String byName, Instant at) {}
