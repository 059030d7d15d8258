import type { Emulator } from '../../src/index.js';
import { json, postForm } from './test-emulator.js';

/** RFC 8628 §7.2 grant type. */
export const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

/** The device authorization response fields the tests read. */
export interface DeviceAuthorization {
  device_code: string;
  user_code: string;
  verification_uri: string;
  verification_uri_complete: string;
  expires_in: number;
  interval: number;
}

/** Requests a device code as the default public client. */
export async function requestDeviceCode(
  emulator: Emulator,
  scope = 'openid profile email',
): Promise<DeviceAuthorization> {
  const response = await postForm(emulator.endpoints.deviceAuthorization, {
    client_id: emulator.rfc8628.clientId,
    scope,
  });
  return (await json(response)) as DeviceAuthorization;
}

/** Polls the token endpoint once for `deviceCode`. */
export function pollToken(emulator: Emulator, deviceCode: string): Promise<Response> {
  return postForm(emulator.endpoints.token, {
    grant_type: DEVICE_GRANT,
    device_code: deviceCode,
    client_id: emulator.rfc8628.clientId,
  });
}
