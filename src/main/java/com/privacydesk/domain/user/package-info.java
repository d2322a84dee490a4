/**
 * Roles, permissions, user names and password rules. Nothing is null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package com.privacydesk.domain.user;

import org.jspecify.annotations.NullMarked;
