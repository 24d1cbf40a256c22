/**
 * Reading and writing one field of a plan by its dotted path ("problems.0.goals.1.targetDate"), the same paths the
 * domain validation reports its errors under, so an editor field and its message share one name.
 */

type Container = Readonly<Record<string, unknown>> | readonly unknown[];

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** The value at `path`, or undefined when the path leads nowhere. */
export function getIn(root: unknown, path: string): unknown {
  if (path === '') return root;
  return path.split('.').reduce<unknown>((node, key) => (isContainer(node) ? (node as Readonly<Record<string, unknown>>)[key] : undefined), root);
}

function setKey(node: unknown, keys: readonly string[], value: unknown): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  if (Array.isArray(node)) {
    const copy: unknown[] = [...(node as readonly unknown[])];
    copy[Number(key)] = setKey(copy[Number(key)], rest, value);
    return copy;
  }
  const obj = isContainer(node) ? (node as Readonly<Record<string, unknown>>) : {};
  return { ...obj, [key]: setKey(obj[key], rest, value) };
}

/** A copy of `root` with `value` at `path`; every object and list on the way is copied, nothing else. */
export function setIn<T>(root: T, path: string, value: unknown): T {
  // The caller names a field the editor shows; the copy keeps T's shape with that one value replaced.
  return setKey(root, path === '' ? [] : path.split('.'), value) as T;
}

/** A copy of `root` with the list at `path` replaced by `update(list)`. */
export function updateListIn<T, I>(root: T, path: string, update: (list: readonly I[]) => readonly I[]): T {
  const list = getIn(root, path);
  return setIn(root, path, update(Array.isArray(list) ? (list as readonly I[]) : []));
}

/** The errors at `path` or under it (a section's count of problems). */
export function errorsUnder(errors: Readonly<Record<string, string>>, path: string): number {
  return Object.keys(errors).filter((k) => k === path || k.startsWith(`${path}.`)).length;
}
