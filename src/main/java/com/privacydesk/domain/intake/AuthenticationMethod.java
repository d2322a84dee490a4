package com.privacydesk.domain.intake;

/**
 * How a caller reporting a compromised password was authenticated. Only the methods 47 CFR 64.2010
 * allows are listed: never SSN digits, birth date, address, account number, phone number or bill
 * amount. The password or code itself is never recorded.
 */
public enum AuthenticationMethod {
  ACCOUNT_PASSWORD,
  ONE_TIME_CODE_TO_CONTACT_OF_RECORD,
  CALL_BACK_TO_NUMBER_OF_RECORD,
  PHOTO_ID_IN_STORE,
  NOT_AUTHENTICATED
}
