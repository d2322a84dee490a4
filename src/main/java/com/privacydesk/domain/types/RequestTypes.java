package com.privacydesk.domain.types;

import static com.privacydesk.domain.types.FactField.notPersonal;
import static com.privacydesk.domain.types.FactField.personal;

import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.types.cadisclosure.CaDisclosureSpec;
import com.privacydesk.domain.types.coppa.ChildDeletionSpec;
import com.privacydesk.domain.types.cpniapproval.CpniApprovalWithdrawalSpec;
import com.privacydesk.domain.types.cpnibreach.CpniBreachSpec;
import com.privacydesk.domain.types.dnc.TelemarketingDncSpec;
import com.privacydesk.domain.types.optout.OptOutSpec;
import com.privacydesk.domain.types.password.PasswordCompromiseSpec;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of request types: one {@link RequestTypeSpec} per {@link CaseType}. */
public final class RequestTypes {
  /** The facts every case records besides its type's own, each classified. */
  public static final List<FactField> COMMON_FACTS =
      List.of(
          notPersonal("channel"),
          notPersonal("requesterKind"),
          personal("accountRef"),
          personal("replyContact"));

  private static final Map<CaseType, RequestTypeSpec> SPECS = new EnumMap<>(CaseType.class);

  static {
    for (CaseType type : CaseType.values()) {
      RequestTypeSpec spec = create(type);
      if (spec.type() != type) {
        throw new IllegalStateException(spec.getClass().getSimpleName() + " declares " + type);
      }
      SPECS.put(type, spec);
    }
  }

  private RequestTypes() {}

  // an expression over every type: a new type does not compile until it has a spec here
  private static RequestTypeSpec create(CaseType type) {
    return switch (type) {
      case CA_DISCLOSURE -> new CaDisclosureSpec();
      case EMAIL_OPT_OUT -> new OptOutSpec();
      case CHILD_DATA_DELETION -> new ChildDeletionSpec();
      case PASSWORD_COMPROMISE -> new PasswordCompromiseSpec();
      case CPNI_BREACH -> new CpniBreachSpec();
      case TELEMARKETING_DNC -> new TelemarketingDncSpec();
      case CPNI_APPROVAL_WITHDRAWAL -> new CpniApprovalWithdrawalSpec();
    };
  }

  /** The spec of {@code type}. */
  public static RequestTypeSpec of(CaseType type) {
    RequestTypeSpec spec = SPECS.get(type);
    if (spec == null) {
      throw new IllegalStateException("no spec for " + type);
    }
    return spec;
  }

  /**
   * The spec of {@code type} as a {@link FormTypeSpec}: the type's intake is built from it.
   *
   * @throws IllegalArgumentException for a type with a form of its own
   */
  public static FormTypeSpec<?> form(CaseType type) {
    if (of(type) instanceof FormTypeSpec<?> form) {
      return form;
    }
    throw new IllegalArgumentException(type + " has an intake of its own");
  }

  /** Whether {@code type}'s intake form is built from its spec. */
  public static boolean hasForm(CaseType type) {
    return of(type) instanceof FormTypeSpec<?>;
  }

  /** Every spec, in {@link CaseType} order. */
  public static List<RequestTypeSpec> all() {
    return Arrays.stream(CaseType.values()).map(RequestTypes::of).toList();
  }

  /**
   * The declaration of fact {@code field} of a case of {@code type} (a common fact or the type's
   * own), or empty when nobody declared it.
   */
  public static Optional<FactField> fact(CaseType type, String field) {
    return java.util.stream.Stream.concat(COMMON_FACTS.stream(), of(type).facts().stream())
        .filter(f -> f.name().equals(field))
        .findFirst();
  }

  /**
   * Whether fact {@code field} of a case of {@code type} is personal data (masked until revealed).
   * Fail-closed: a fact nobody classified is treated as personal.
   */
  public static boolean isPersonal(CaseType type, String field) {
    return fact(type, field).map(FactField::isPersonal).orElse(true);
  }
}
