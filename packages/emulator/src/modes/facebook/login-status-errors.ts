import type { GraphErrorFields } from './graph-error.js';

/*
 * The four `device/login_status` answers that are not a token, keyed by `error_subcode` as
 * Facebook's SDK reads them. Pending and excessive polling carry the captured message and
 * `code`; for expiry and decline only the subcode and title are documented, so the messages
 * are ours and the decline reuses code 31 of the pending family.
 */

/** Subcode 1349174: the user has not decided yet. */
export const AUTHORIZATION_PENDING: GraphErrorFields = {
  message: 'This request requires the user to take a pending action',
  code: 31,
  error_subcode: 1349174,
  error_user_title: 'Device Login Authorization Pending',
  error_user_msg: 'Please confirm the login on the device login page.',
};

/** Subcode 1349172: polled sooner than `interval`; Graph's generic request-limit code 17. */
export const EXCESSIVE_POLLING: GraphErrorFields = {
  message: 'User request limit reached',
  code: 17,
  error_subcode: 1349172,
  error_user_title: 'OAuth Device Excessive Polling',
  error_user_msg: 'Your device is polling too frequently. Wait the interval between requests.',
};

/** Subcode 1349152: the code's lifetime is over (or it was already used). */
export const CODE_EXPIRED: GraphErrorFields = {
  message: 'The device login code has expired',
  code: 463,
  error_subcode: 1349152,
  error_user_title: 'Activation Code Expired',
  error_user_msg: 'The code has expired. Request a new one.',
};

/** Subcode 1349173: the user declined. */
export const LOGIN_DECLINED: GraphErrorFields = {
  message: 'The user declined the device login request',
  code: 31,
  error_subcode: 1349173,
  error_user_title: 'Device Login Declined',
  error_user_msg: 'The login request was declined.',
};
