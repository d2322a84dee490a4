/**
 * Every request type as one unit: a {@link com.privacydesk.domain.types.RequestTypeSpec} per type
 * in its own sub-package, found through {@link com.privacydesk.domain.types.RequestTypes}. Nothing
 * is null unless marked {@code @Nullable}.
 */
@NullMarked
package com.privacydesk.domain.types;

import org.jspecify.annotations.NullMarked;
