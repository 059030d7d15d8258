/**
 * The wire format a device code was issued in. Each flavor is served by one mode file under
 * `src/modes/`; a new provider shape (GitHub, Google, Entra) adds its name here.
 */
export type Flavor = 'facebook' | 'rfc8628';
