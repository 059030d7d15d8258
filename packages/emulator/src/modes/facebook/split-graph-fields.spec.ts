import { describe, expect, it } from 'vitest';
import { splitGraphFields } from './split-graph-fields.js';

describe(splitGraphFields, () => {
  it('should split a plain list', () => {
    expect(splitGraphFields('id, name,email')).toEqual(['id', 'name', 'email']);
  });

  it('should keep nested selections and modifiers with their field', () => {
    expect(splitGraphFields('id,picture{url,width},picture.type(large),name')).toEqual([
      'id',
      'picture',
      'picture',
      'name',
    ]);
  });

  it('should ignore empty items', () => {
    expect(splitGraphFields(',id,,')).toEqual(['id']);
  });
});
