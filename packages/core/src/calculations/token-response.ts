import { z } from 'zod';
import type { TokenSet } from '../models/token-set.js';

/** Seconds that may come as numbers in JSON or as digit strings in form-encoded answers. */
const seconds = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^\d{1,12}$/)
      .transform(Number),
  ])
  .pipe(z.number().finite());

const tokenAnswer = z.object({
  access_token: z.string().min(1),
  // Facebook's answer has no token_type; RFC 6749 §5.1 makes bearer the norm.
  token_type: z.string().min(1).optional(),
  expires_in: seconds.optional(),
  refresh_token: z.string().min(1).optional(),
  id_token: z.string().min(1).optional(),
  scope: z.string().optional(),
});

/**
 * Reads a successful token answer (RFC 6749 §5.1), tolerating the providers' variants: GitHub's
 * comma-separated scopes, Facebook's missing `token_type` and its `expires_in: 0` for "never".
 *
 * @returns The tokens, or a description of what is wrong with the answer (never its values).
 */
export function readTokenAnswer(
  fields: Readonly<Record<string, unknown>>,
  now: number,
  requestedScopes: readonly string[] = [],
): { tokens: TokenSet } | { problem: string } {
  const parsed = tokenAnswer.safeParse(fields);
  if (!parsed.success) return { problem: describeIssues(parsed.error) };
  const answer = parsed.data;
  const expiresIn = answer.expires_in;
  return {
    tokens: {
      accessToken: answer.access_token,
      tokenType: answer.token_type ?? 'bearer',
      ...(answer.refresh_token === undefined ? {} : { refreshToken: answer.refresh_token }),
      ...(answer.id_token === undefined ? {} : { idToken: answer.id_token }),
      scopes: answer.scope === undefined ? [...requestedScopes] : splitScopes(answer.scope),
      ...(expiresIn === undefined || expiresIn <= 0 ? {} : { expiresAt: now + expiresIn * 1000 }),
      obtainedAt: now,
    },
  };
}

/** Splits a scope string on spaces (RFC 6749 §3.3) or commas (GitHub, Facebook). */
export function splitScopes(scope: string): string[] {
  return scope.split(/[\s,]+/).filter((part) => part.length > 0);
}

/**
 * Lists what failed validation by field path and expectation, without the received values,
 * which could be secrets.
 */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.length > 0 ? issue.path.join('.') : '(body)';
      const expected = 'expected' in issue ? `expected ${String(issue.expected)}` : issue.code;
      return `${path}: ${expected}`;
    })
    .join('; ');
}
