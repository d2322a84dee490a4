/** The JavaFX desktop: launcher, application, composition root and screens under ui. */
package com.privacydesk.desktop;
