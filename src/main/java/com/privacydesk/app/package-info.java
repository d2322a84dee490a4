/** Use cases the desktop and the CLI call; synchronous, no JavaFX, permission-checked. */
package com.privacydesk.app;
