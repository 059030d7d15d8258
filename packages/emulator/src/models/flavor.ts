/**
 * The wire format a device code was issued in. Each flavor is served by one mode file under
 * `src/modes/`; a new provider shape adds its name here.
 */
export type Flavor = 'facebook' | 'rfc8628' | 'github' | 'google' | 'microsoft';
