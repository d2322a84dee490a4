package com.privacydesk.domain.intake;

/** Why the requester counts as a California resident (CA_DISCLOSURE). */
public enum ResidencyBasis {
  SERVICE_ADDRESS,
  BILLING_ADDRESS,
  REQUESTER_STATEMENT
}
