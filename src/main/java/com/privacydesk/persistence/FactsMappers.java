package com.privacydesk.persistence;

import com.privacydesk.domain.CaseType;
import java.util.EnumMap;
import java.util.Map;

/** The facts mapper of every request type. */
final class FactsMappers {
  private static final Map<CaseType, FactsMapper> MAPPERS = new EnumMap<>(CaseType.class);

  static {
    for (CaseType type : CaseType.values()) {
      MAPPERS.put(type, create(type));
    }
  }

  private FactsMappers() {}

  // an expression over every type: a new type does not compile until its facts have a mapper
  private static FactsMapper create(CaseType type) {
    return switch (type) {
      case EMAIL_OPT_OUT -> BuiltInFactsMappers.OPT_OUT;
      case CA_DISCLOSURE -> BuiltInFactsMappers.CA_DISCLOSURE;
      case CHILD_DATA_DELETION -> BuiltInFactsMappers.CHILD_DELETION;
      case PASSWORD_COMPROMISE -> BuiltInFactsMappers.PASSWORD_COMPROMISE;
      case CPNI_BREACH -> BuiltInFactsMappers.CPNI_BREACH_FACTS;
      case TELEMARKETING_DNC -> new DncFactsMapper();
      case CPNI_APPROVAL_WITHDRAWAL -> new CpniApprovalFactsMapper();
    };
  }

  static FactsMapper of(CaseType type) {
    return MAPPERS.get(type);
  }

  static Iterable<FactsMapper> all() {
    return MAPPERS.values();
  }
}
