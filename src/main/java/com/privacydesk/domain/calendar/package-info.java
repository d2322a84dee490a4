/**
 * Business days, federal holidays and the deadline rules of every clock. Nothing is null unless
 * marked {@code @Nullable}.
 */
@NullMarked
package com.privacydesk.domain.calendar;

import org.jspecify.annotations.NullMarked;
