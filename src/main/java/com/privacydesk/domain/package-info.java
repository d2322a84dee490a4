/** Pure business rules: case types, lifecycle, deadlines, validation. No I/O, no UI, no jOOQ. */
package com.privacydesk.domain;
