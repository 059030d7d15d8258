/**
 * Lifetime of the token `device/login_status` hands out: about 60 days, the captured 5183999.
 */
export const DEVICE_TOKEN_EXPIRES_IN = 5_183_999;

/** Lifetime answered by the long-lived token exchange (a captured value, just under 60 days). */
export const EXCHANGED_TOKEN_EXPIRES_IN = 5_183_944;

/** Facebook's data access window: 90 days from login, answered as unix seconds. */
export const DATA_ACCESS_WINDOW_SECONDS = 90 * 24 * 60 * 60;

/** User access tokens from Facebook start with `EAA`; clients sometimes log that prefix. */
export const ACCESS_TOKEN_PREFIX = 'EAA';
