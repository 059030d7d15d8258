import type { Messages } from './messages.js';

/**
 * German, partly: the texts of the login card and its outcomes. Everything else falls back to
 * English until someone translates it.
 */
export const german: Partial<Messages> = {
  pendingTitle: (provider) => `Mit ${provider} anmelden`,
  pendingSteps: (provider) =>
    `1. Tippe unten auf **${provider} öffnen** (oder scanne den QR-Code).\n` +
    `2. Gib bei Nachfrage den Code unten ein und bestätige.`,
  codeLabel: () => 'Dein Code',
  expiresIn: (relativeTime) => `Der Code läuft ${relativeTime} ab.`,
  requestedBy: (mention) => `Angefordert von ${mention}.`,
  onlyIfYouAsked: () =>
    'Gib diesen Code nur ein, wenn du gerade selbst die Anmeldung angefordert hast. Niemand ' +
    'von Discord oder diesem Server wird dich danach fragen.',
  openButton: (provider) => `${provider} öffnen`,
  cancelButton: () => 'Abbrechen',
  approvedTitle: () => 'Angemeldet',
  approvedBody: (provider, name) => `Du bist bei ${provider} als **${name}** angemeldet.`,
  deniedTitle: () => 'Anmeldung abgelehnt',
  expiredTitle: () => 'Code abgelaufen',
  tryAgainButton: () => 'Nochmal versuchen',
  cancelledTitle: () => 'Anmeldung abgebrochen',
  notYourButton: () =>
    'Diese Schaltfläche gehört zur Anmeldung von jemand anderem. Starte deine mit /login.',
};
