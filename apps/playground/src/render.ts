import type { LoginView } from '@botlogin/core';

/** "6:42" for a number of milliseconds left, never negative. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return `${minutes}:${seconds}`;
}

/**
 * The login card, as a chat user of the terminal sees it. The user code is shown exactly as
 * the provider sent it.
 */
export function renderLoginCard(
  login: LoginView,
  providerName: string,
  qr: string,
  now: number,
): string {
  const link = login.verificationUriComplete ?? login.verificationUri;
  return [
    `To log in with ${providerName}:`,
    `  1. Open ${link}`,
    `  2. Enter the code  ${login.userCode}`,
    `  The code expires in ${formatRemaining(login.expiresAt - now)}.`,
    '  Only enter it if you just asked me to log you in. /cancel stops this login.',
    '',
    qr.trimEnd(),
  ].join('\n');
}

/** One line telling how a login ended. */
export function renderOutcome(login: LoginView, providerName: string): string {
  const outcome = login.outcome;
  switch (login.state) {
    case 'approved':
      return `Logged in as ${outcome?.profile?.name ?? 'an unknown user'} (${login.providerId})`;
    case 'denied':
      return `The login with ${providerName} was denied on the verification page.`;
    case 'expired':
      return `The code expired before it was used. Type /login for a new one.`;
    case 'cancelled':
      return 'Login cancelled.';
    case 'failed':
      return `The login failed: ${outcome?.errorMessage ?? 'unknown error'}`;
    case 'pending':
      return 'The login is still pending.';
  }
}
