import { describe, expect, it } from 'vitest';
import { localize } from './localize.js';

describe(localize, () => {
  it('should pick the language table for a regional locale', () => {
    expect(localize('de').cancelButton()).toBe('Abbrechen');
  });

  it('should fall back to English for entries a table lacks', () => {
    expect(localize('de').loginGone()).toBe(
      'That login no longer exists. Use /login to start a new one.',
    );
  });

  it('should fall back to English for unknown locales', () => {
    expect(localize('pt-BR').approvedTitle()).toBe('Logged in');
  });

  it('should let a regional table override its language', () => {
    const tables = { pt: { cancelButton: () => 'Cancelar' }, 'pt-BR': { cancelButton: () => 'X' } };
    expect(localize('pt-BR', tables).cancelButton()).toBe('X');
    expect(localize('pt-PT', tables).cancelButton()).toBe('Cancelar');
  });
});
