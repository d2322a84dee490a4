package com.privacydesk.domain.workflow;

import java.util.List;

/**
 * Why a workflow step is not allowed: a message code ({@code refused.<code>} in the bundle) and its
 * arguments, so every front end words it the same way.
 */
public record Refusal(String code, List<Object> args) {
  public Refusal {
    args = List.copyOf(args);
  }

  public static Refusal of(String code, Object... args) {
    return new Refusal(code, List.of(args));
  }
}
