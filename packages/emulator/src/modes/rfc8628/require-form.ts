import type { EmulatorRequest } from '../../models/route.js';

/**
 * The form parameters of a request, or `undefined` when the body is something else. RFC 6749
 * §3.2 and RFC 8628 §3.1 define these endpoints for `application/x-www-form-urlencoded` only.
 */
export function requireForm(request: EmulatorRequest): URLSearchParams | undefined {
  if (request.body.kind === 'form') return request.body.params;
  if (request.body.kind === 'empty') return new URLSearchParams();
  return undefined;
}
