/** The only code that sees JDBC, jOOQ and Flyway; implements the ports of app.port. */
package com.privacydesk.persistence;
