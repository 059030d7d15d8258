/** The one app registration the Microsoft mode knows (a public client, as device apps are). */
export const MICROSOFT_CLIENT = {
  clientId: '00000000-0000-4000-8000-b071061e0000',
} as const;

/** `login.microsoftonline.com` and `graph.microsoft.com`, under `/microsoft`. */
export const MICROSOFT_PATHS = {
  authority: '/microsoft',
  graph: '/microsoft/graph',
} as const;

/** Entra access tokens live 60–90 minutes; this is the usual answer. */
export const MICROSOFT_ACCESS_TOKEN_TTL = 3599;
