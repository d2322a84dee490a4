/**
 * Intake records per request type, their validation, and which facts are personal data. Nothing is
 * null unless marked {@code @Nullable}.
 */
@NullMarked
package com.privacydesk.domain.intake;

import org.jspecify.annotations.NullMarked;
