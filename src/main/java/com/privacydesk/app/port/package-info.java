/** Interfaces the use cases need from the outside world; implemented by persistence. */
package com.privacydesk.app.port;
