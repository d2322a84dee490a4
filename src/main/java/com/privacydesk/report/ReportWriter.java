package com.privacydesk.report;

import com.privacydesk.app.reports.ReportModel;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a report model in one format. */
interface ReportWriter {
  /**
   * Writes {@code model} to {@code out}, calling {@code step} once per table written (the
   * exporter's progress and cancel point).
   */
  void write(ReportModel model, OutputStream out, Step step) throws IOException;

  /** Called after each table; throws to stop. */
  @FunctionalInterface
  interface Step {
    void tableDone();
  }
}
