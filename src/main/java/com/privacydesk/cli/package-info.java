/** Headless command-line entry points over the app services. */
package com.privacydesk.cli;
