import { z } from 'zod';
import type { DeviceAuthorization } from '../models/device-authorization.js';
import { isLoopbackHost } from './endpoint-url.js';
import { normaliseInterval } from './polling-rules.js';
import { describeIssues } from './token-response.js';

const seconds = z.union([
  z.number(),
  z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
]);

/** A device code lives minutes; anything past a day is a broken answer, not a long login. */
const maxLifetime = 86_400;

/**
 * Links shown to users must be HTTPS (RFC 9700 §2.6), except on loopback hosts where the
 * emulator runs, and must not carry credentials.
 */
const userFacingUrl = z.url({ protocol: /^https?$/ }).refine(
  (value) => {
    const url = new URL(value);
    if (url.username || url.password) return false;
    return url.protocol === 'https:' || isLoopbackHost(url.hostname);
  },
  { message: 'expected an https URL without credentials' },
);

const deviceAnswer = z.object({
  device_code: z.string().min(1),
  user_code: z.string().min(1).max(64),
  // Google and OpenAM say verification_url (PROVIDERS.md B6); either name is accepted.
  verification_uri: userFacingUrl.optional(),
  verification_url: userFacingUrl.optional(),
  verification_uri_complete: userFacingUrl.optional(),
  expires_in: seconds.pipe(z.number().positive().max(maxLifetime)),
  interval: seconds.pipe(z.number().finite()).optional(),
  message: z.string().max(1000).optional(),
});

/**
 * Reads a device authorization answer (RFC 8628 §3.2), normalising `verification_url` to
 * `verificationUri` and a missing, zero or negative interval to the default.
 *
 * @returns The authorization, or a description of what is missing (never the values).
 */
export function readDeviceAuthorization(
  fields: Readonly<Record<string, unknown>>,
): { authorization: DeviceAuthorization } | { problem: string } {
  const parsed = deviceAnswer.safeParse(fields);
  if (!parsed.success) return { problem: describeIssues(parsed.error) };
  const answer = parsed.data;
  const verificationUri = answer.verification_uri ?? answer.verification_url;
  if (verificationUri === undefined) {
    return { problem: 'verification_uri: expected a URL (neither it nor verification_url given)' };
  }
  return {
    authorization: {
      deviceCode: answer.device_code,
      userCode: answer.user_code,
      verificationUri,
      ...(answer.verification_uri_complete === undefined
        ? {}
        : { verificationUriComplete: answer.verification_uri_complete }),
      expiresIn: answer.expires_in,
      interval: normaliseInterval(answer.interval),
      ...(answer.message === undefined ? {} : { message: answer.message }),
    },
  };
}
