import type { Emulator } from '../../src/index.js';
import { json, postForm } from './test-emulator.js';

/** Facebook's `device/login` answer. */
export interface FacebookDeviceLogin {
  code: string;
  user_code: string;
  verification_uri: string;
  expires_in: number;
  interval: number;
}

/** The Graph error envelope. */
export interface GraphErrorBody {
  error: {
    message: string;
    type: string;
    code: number;
    error_subcode?: number;
    fbtrace_id: string;
  };
}

/** `APP_ID|CLIENT_TOKEN` of the emulator's app. */
export function clientAccessToken(emulator: Emulator): string {
  return `${emulator.facebook.appId}|${emulator.facebook.clientToken}`;
}

/** Starts a Facebook device login. */
export async function startDeviceLogin(
  emulator: Emulator,
  scope = 'public_profile,email',
): Promise<FacebookDeviceLogin> {
  const response = await postForm(`${emulator.graphUrl}/v21.0/device/login`, {
    access_token: clientAccessToken(emulator),
    scope,
  });
  return (await json(response)) as FacebookDeviceLogin;
}

/** Polls `device/login_status` once. */
export function pollLoginStatus(emulator: Emulator, code: string): Promise<Response> {
  return postForm(`${emulator.graphUrl}/v21.0/device/login_status`, {
    access_token: clientAccessToken(emulator),
    code,
  });
}
