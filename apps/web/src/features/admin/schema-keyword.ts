/**
 * A number a core schema declares (minimum, maxItems, maxLength...), read at run time so a
 * hint or a limit in the page never repeats it. TypeBox keeps these keywords on the schema
 * object, but its types do not name them. Throws when core stops declaring it.
 */
export function schemaKeyword(schema: unknown, keyword: string): number {
  const value = (schema as Record<string, unknown>)[keyword];
  if (typeof value !== 'number') throw new Error(`The schema declares no ${keyword}`);
  return value;
}
