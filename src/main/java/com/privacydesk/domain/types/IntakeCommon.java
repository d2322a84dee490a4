package com.privacydesk.domain.types;

import com.privacydesk.domain.Channel;
import com.privacydesk.domain.intake.RequesterKind;
import java.util.List;

/**
 * How a type's form asks for the facts every case records.
 *
 * @param channels the channels offered, in order; {@code initialChannel} is chosen at first
 * @param requesterKinds who may make the request; the first is chosen at first
 * @param accountRequired whether the account reference must be given
 * @param contactRequired whether a contact for the reply must be given
 */
public record IntakeCommon(
    List<Channel> channels,
    Channel initialChannel,
    List<RequesterKind> requesterKinds,
    boolean accountRequired,
    boolean contactRequired) {
  public IntakeCommon {
    channels = List.copyOf(channels);
    requesterKinds = List.copyOf(requesterKinds);
    if (!channels.contains(initialChannel) || requesterKinds.isEmpty()) {
      throw new IllegalArgumentException("the initial channel and a requester kind are offered");
    }
  }

  /**
   * A request a customer or their agent makes on any channel, the phone chosen at first, with an
   * optional contact for the reply.
   */
  public static IntakeCommon byCustomer(boolean accountRequired) {
    return byCustomer(Channel.PHONE, accountRequired, false);
  }

  /** A request a customer or their agent makes on any channel, {@code initial} chosen at first. */
  public static IntakeCommon byCustomer(
      Channel initial, boolean accountRequired, boolean contactRequired) {
    return new IntakeCommon(
        customerChannels(),
        initial,
        List.of(RequesterKind.SELF, RequesterKind.AUTHORIZED_AGENT),
        accountRequired,
        contactRequired);
  }

  /** Every channel a customer can use (not INTERNAL). */
  public static List<Channel> customerChannels() {
    return java.util.Arrays.stream(Channel.values()).filter(c -> c != Channel.INTERNAL).toList();
  }
}
