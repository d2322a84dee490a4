package com.privacydesk.domain.types;

import com.privacydesk.domain.CaseType;

/**
 * The typed facts of a case of a {@link FormTypeSpec} type: one record per type, each component
 * declared as a {@link FactField} by the spec (a test holds every component to a declaration).
 */
public interface TypeFacts {
  /** The type these facts belong to. */
  CaseType type();
}
