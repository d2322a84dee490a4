package com.privacydesk.domain.intake;

import com.privacydesk.domain.CaseType;
import org.jspecify.annotations.Nullable;

/**
 * A California "Shine the Light" request (§1798.83). No identity documents: the answer is the
 * company's yearly disclosure, not personal data.
 *
 * @param personalRelationship the requester confirmed a personal/household (not business)
 *     relationship
 * @param agentAuthority for an attorney or agent: what authority they showed
 */
public record CaDisclosureIntake(
    CommonIntake common,
    @Nullable ResidencyBasis residencyBasis,
    boolean personalRelationship,
    @Nullable String agentAuthority)
    implements Intake {
  @Override
  public CaseType type() {
    return CaseType.CA_DISCLOSURE;
  }
}
