/**
 * One request type's unit (see {@code domain.types}). Nothing is null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package com.privacydesk.domain.types.cpniapproval;

import org.jspecify.annotations.NullMarked;
