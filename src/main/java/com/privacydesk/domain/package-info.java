/** Pure business rules: case types, lifecycle, deadlines, validation. No I/O, no UI, no jOOQ. */
@NullMarked
package com.privacydesk.domain;

import org.jspecify.annotations.NullMarked;
