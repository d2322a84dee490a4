/**
 * The audit chain: entries, hashes and their verification. Nothing is null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package com.privacydesk.domain.audit;

import org.jspecify.annotations.NullMarked;
