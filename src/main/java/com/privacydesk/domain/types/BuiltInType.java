package com.privacydesk.domain.types;

import com.privacydesk.domain.CaseType;

/**
 * The five types whose intake, demo data and facts predate the registry and have code of their own
 * (a form, an intake record, a port method). Code for them switches over this enum, exhaustively;
 * every other type is a {@link FormTypeSpec} and needs no such code, so adding one touches none of
 * those switches.
 */
public enum BuiltInType {
  CA_DISCLOSURE,
  EMAIL_OPT_OUT,
  CHILD_DATA_DELETION,
  PASSWORD_COMPROMISE,
  CPNI_BREACH;

  /** The case type. */
  public CaseType caseType() {
    return CaseType.valueOf(name());
  }

  /**
   * The built-in type {@code type} is.
   *
   * @throws IllegalArgumentException for a type declared by a {@link FormTypeSpec}
   */
  public static BuiltInType of(CaseType type) {
    if (RequestTypes.hasForm(type)) {
      throw new IllegalArgumentException(type + " is built from its spec");
    }
    return valueOf(type.name());
  }
}
