package com.privacydesk.app.letters;

import com.privacydesk.app.Actor;
import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.ValidationException;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.letters.DisclosureRegister;
import com.privacydesk.domain.user.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The disclosure register (§1798.83), one entry per calendar year, kept by supervisors: what the CA
 * answer letters are built from. Every save is audited with what it recorded.
 */
public final class RegisterService {
  private static final Logger LOG = LoggerFactory.getLogger(RegisterService.class);

  private final TransactionRunner tx;
  private final Clock clock;

  public RegisterService(TransactionRunner tx, Clock clock) {
    this.tx = tx;
    this.clock = clock;
  }

  /** The entry of {@code year}, if recorded. Anyone who works cases may read the register. */
  public Optional<DisclosureRegister> year(Actor actor, int year) {
    actor.require(Permission.VIEW_QUEUE);
    return tx.inTransaction(actor, r -> r.letters().register(year));
  }

  /** The years recorded, newest first. */
  public List<Integer> years(Actor actor) {
    actor.require(Permission.VIEW_QUEUE);
    return tx.inTransaction(actor, r -> r.letters().registerYears());
  }

  /** Records (or replaces) a year's entry. */
  public void save(Actor actor, DisclosureRegister register) {
    actor.require(Permission.MAINTAIN_REGISTER);
    tx.inTransaction(
        actor,
        r -> {
          Instant now = clock.instant();
          int currentYear = now.atZone(CompanySettings.load(r.settings()).zone()).getYear();
          List<FieldError> errors = register.validate(currentYear);
          if (!errors.isEmpty()) {
            throw new ValidationException(errors);
          }
          boolean replaced = r.letters().register(register.year()).isPresent();
          r.letters().saveRegister(register, actor.userId(), now);
          r.audit()
              .append(
                  actor.audit(
                      now,
                      replaced ? "REGISTER_CHANGE" : "REGISTER_ADD",
                      "REGISTER",
                      (long) register.year(),
                      register.noDisclosures()
                          ? "noDisclosures"
                          : "categories="
                              + register.categories().stream()
                                  .sorted()
                                  .map(Enum::name)
                                  .collect(Collectors.joining(","))
                              + "; recipients="
                              + register.recipients().stream()
                                  .map(x -> x.name().strip())
                                  .collect(Collectors.joining(" | "))));
          LOG.info("Disclosure register {} saved by user {}", register.year(), actor.userId());
          return null;
        });
  }
}
