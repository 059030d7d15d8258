/**
 * The form user codes are compared in: upper case, without the hyphens and spaces people type
 * or that the display adds. RFC 8628 §6.1 recommends servers be this lenient.
 */
export function normalizeUserCode(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase();
}
