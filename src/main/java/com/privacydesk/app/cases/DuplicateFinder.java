package com.privacydesk.app.cases;

import com.privacydesk.app.port.Repositories;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.EmailAddress;
import com.privacydesk.domain.workflow.DuplicateRules;
import java.util.List;

/**
 * Which stored cases a new request may repeat: the common rules of {@link DuplicateRules} over the
 * candidates sharing its account or contact, a purged opt-out's kept address hash, and the
 * duplicate keys a type's spec names (a number already on the do-not-call list).
 */
final class DuplicateFinder {
  private DuplicateFinder() {}

  static List<DuplicateRules.Match> matches(Repositories r, DuplicateRules.Probe p) {
    List<DuplicateRules.Match> found =
        DuplicateRules.matches(
            p, r.cases().duplicateCandidates(p.accountRef(), p.emailNormalized()));
    if (p.type() != CaseType.EMAIL_OPT_OUT
        || p.emailNormalized() == null
        || found.stream().anyMatch(m -> m.reason() == DuplicateRules.Reason.OPT_OUT_EXISTS)) {
      return found;
    }
    // A purged opt-out left only the hash of its address: it still counts as opted out.
    return r.purges()
        .suppressionCase(com.privacydesk.app.privacy.PurgeService.emailHash(p.emailNormalized()))
        .flatMap(id -> r.cases().find(id))
        .map(
            c -> {
              List<DuplicateRules.Match> with = new java.util.ArrayList<>();
              with.add(
                  new DuplicateRules.Match(
                      new DuplicateRules.Candidate(
                          c.id(), c.type(), c.status(), null, c.receivedDate(), null, null),
                      DuplicateRules.Reason.OPT_OUT_EXISTS));
              with.addAll(found);
              return List.copyOf(with);
            })
        .orElse(found);
  }

  /**
   * {@code found} with every stored case of {@code type} holding one of {@code keyHashes} first, as
   * already on the list (purged cases included: their keys' hashes are kept).
   */
  static List<DuplicateRules.Match> withKeys(
      Repositories r, CaseType type, List<String> keyHashes, List<DuplicateRules.Match> found) {
    java.util.LinkedHashSet<Long> ids = new java.util.LinkedHashSet<>();
    keyHashes.forEach(h -> ids.addAll(r.cases().casesWithKey(type, h)));
    if (ids.isEmpty()) {
      return found;
    }
    List<DuplicateRules.Match> with = new java.util.ArrayList<>();
    for (long id : ids) {
      r.cases()
          .find(id)
          .ifPresent(
              c ->
                  with.add(
                      new DuplicateRules.Match(
                          new DuplicateRules.Candidate(
                              c.id(), c.type(), c.status(), null, c.receivedDate(), null, null),
                          DuplicateRules.Reason.ALREADY_ON_LIST)));
    }
    // the latest request first, as the other duplicate reasons list them
    with.sort(
        java.util.Comparator.comparing(
            (DuplicateRules.Match m) -> m.candidate().received(),
            java.util.Comparator.reverseOrder()));
    found.stream().filter(m -> !ids.contains(m.candidate().caseId())).forEach(with::add);
    return List.copyOf(with);
  }

  static DuplicateRules.Probe probe(CaseType type, CommonIntake c) {
    return new DuplicateRules.Probe(
        type,
        c.receivedAt().toLocalDate(),
        IntakeService.trimToNull(c.accountRef()),
        normalizedEmail(c));
  }

  static String normalizedEmail(CommonIntake c) {
    return normalizedContact(c.replyContact());
  }

  /** The duplicate-check key of a reply contact: its normalised form if it is an email. */
  static String normalizedContact(String replyContact) {
    String contact = IntakeService.trimToNull(replyContact);
    return contact != null && EmailAddress.isValid(contact)
        ? new EmailAddress(contact).normalized()
        : null;
  }
}
