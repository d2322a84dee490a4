/**
 * The lifecycle, checklists, outcomes and duplicate rules. Nothing is null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package com.privacydesk.domain.workflow;

import org.jspecify.annotations.NullMarked;
