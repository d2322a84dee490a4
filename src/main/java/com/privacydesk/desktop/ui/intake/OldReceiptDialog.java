package com.privacydesk.desktop.ui.intake;

import com.privacydesk.desktop.ui.common.Messages;
import java.time.LocalDate;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks whether a received date far back is meant (a mistyped year makes a case overdue at once).
 * "Change the date" is the default, so Enter never logs an old date by accident.
 */
final class OldReceiptDialog {
  private OldReceiptDialog() {}

  /** True to log the request with {@code received}; false (also Escape) to go back to the form. */
  static boolean confirm(Window owner, long daysAgo, LocalDate received) {
    ButtonType keep = new ButtonType(Messages.get("intake.oldReceived.keep"), ButtonData.YES);
    ButtonType change =
        new ButtonType(Messages.get("intake.oldReceived.change"), ButtonData.CANCEL_CLOSE);
    Alert ask =
        new Alert(
            Alert.AlertType.CONFIRMATION, Messages.get("intake.oldReceived.text"), keep, change);
    ask.initOwner(owner);
    ask.setTitle(Messages.get("intake.oldReceived.title"));
    ask.setHeaderText(Messages.get("intake.oldReceived.header", daysAgo, received.toString()));
    Button keepButton = (Button) ask.getDialogPane().lookupButton(keep);
    keepButton.setId("oldReceivedKeep");
    keepButton.setDefaultButton(false);
    Button changeButton = (Button) ask.getDialogPane().lookupButton(change);
    changeButton.setId("oldReceivedChange");
    changeButton.setDefaultButton(true);
    ask.setOnShown(e -> changeButton.requestFocus());
    return ask.showAndWait().filter(b -> b == keep).isPresent();
  }
}
