/**
 * Splits a Graph `fields` list into the names of its top-level fields. Commas inside braces
 * belong to a nested selection (`picture{url,width}`), and modifiers after a dot
 * (`picture.type(large)`) do not change which field is meant.
 */
export function splitGraphFields(fields: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of `${fields},`) {
    if (char === '{' || char === '(') depth += 1;
    if (char === '}' || char === ')') depth -= 1;
    if (char === ',' && depth <= 0) {
      const name = current.trim().split(/[.{]/)[0] ?? '';
      if (name !== '') names.push(name);
      current = '';
      continue;
    }
    current += char;
  }
  return names;
}
