/**
 * Typing kept across a lock comes back as JSON. It was sealed by this app, but maybe by an older version whose form
 * had other fields: it is laid over the form's opening values, field by field, and only where its shape fits.
 */

const isPlainObject = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isScalar = (value: unknown): boolean => value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

function merge(template: unknown, stashed: unknown): unknown {
  if (Array.isArray(template)) return Array.isArray(stashed) ? stashed : template;
  if (isPlainObject(template)) {
    if (!isPlainObject(stashed)) return template;
    // A map keyed by ids (no fixed fields, e.g. one row per attending client): its entries are the typing.
    if (Object.keys(template).length === 0) return stashed;
    return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, key in stashed ? merge(value, stashed[key]) : value]));
  }
  // Number inputs hold a number or the string being typed ('' or '1.'): any scalar fits a scalar field.
  return isScalar(template) && isScalar(stashed) ? stashed : template;
}

/**
 * The form's values with the stashed ones laid over them: fields the form no longer has are dropped, fields it has
 * but the stash lacks keep their opening value, and a value of the wrong kind (a list where text was) is ignored.
 */
export function mergeStashedValues<V>(opening: V, stashed: unknown): V {
  // merge() keeps the opening value's shape at every level, which is what V describes.
  return merge(opening, stashed) as V;
}

/** True when two form states hold the same values (nothing typed since the form opened). */
export function sameFormValues(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
