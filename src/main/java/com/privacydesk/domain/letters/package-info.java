/**
 * Letter kinds, templates and the disclosure register. Nothing is null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package com.privacydesk.domain.letters;

import org.jspecify.annotations.NullMarked;
