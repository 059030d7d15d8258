import type { Messages } from './messages.js';

/**
 * German. Partial on purpose: any sentence missing here falls back to English, so a
 * translation can grow one line at a time.
 */
export const de: Partial<Messages> = {
  commands: {
    login: 'Bei deinem Konto anmelden',
    logout: 'Abmelden',
    whoami: 'Zeigen, bei welchen Konten du angemeldet bist',
  },
  cardTitle: (provider) => `Mit ${provider} anmelden`,
  codeLabel: 'Dein Code:',
  tapToCopy: '(zum Kopieren auf den Code tippen)',
  openWithButton: 'Öffne die Anmeldeseite mit dem Knopf unten und gib dort den Code ein.',
  openLinkAsText: 'Öffne diese Seite im Browser und gib dort den Code ein:',
  validity: (minutes, untilUtc) =>
    `Der Code gilt ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'}, bis ${untilUtc}.`,
  requestedBy: (name) => `Angefordert von ${name}.`,
  onlyIfYouAsked: 'Gib diesen Code nur ein, wenn du ihn gerade selbst angefordert hast.',
  openButton: (provider) => `${provider}-Anmeldung öffnen`,
  cancelButton: 'Abbrechen',
  tryAgainButton: 'Erneut versuchen',
  approved: (provider, name) =>
    name === undefined
      ? `Du bist bei ${provider} angemeldet.`
      : `Du bist bei ${provider} als ${name} angemeldet.`,
  denied: (provider) => `Die Anmeldung bei ${provider} wurde abgelehnt.`,
  expired: (provider) => `Der ${provider}-Code ist abgelaufen, bevor er benutzt wurde.`,
  cancelled: (provider) => `Die Anmeldung bei ${provider} wurde abgebrochen.`,
  groupRedirect:
    'Zu deinem Schutz zeige ich Anmeldecodes nur im privaten Chat. Tippe auf den Knopf, um dort weiterzumachen.',
  groupRedirectButton: 'Im privaten Chat weiter',
  notYourLogin: 'Nur wer diese Anmeldung gestartet hat, kann sie abbrechen.',
  alreadyEnded: 'Diese Anmeldung ist schon beendet.',
  cancelDone: 'Anmeldung abgebrochen.',
};
