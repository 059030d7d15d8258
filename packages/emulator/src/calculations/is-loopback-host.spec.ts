import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from './is-loopback-host.js';

describe(isLoopbackHost, () => {
  it.each(['127.0.0.1', '127.8.9.10', 'localhost', '::1', '[::1]'])('should accept %s', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each(['0.0.0.0', '::', '10.0.0.1', '169.254.169.254', 'example.test', '127.0.0.1.nip.io'])(
    'should refuse %s',
    (host) => {
      expect(isLoopbackHost(host)).toBe(false);
    },
  );
});
