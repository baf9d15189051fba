/** Reads `data.a.b` for the path 'a.b'; undefined when any step is missing or not an object. */
export function getAtPath(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * Returns a copy of `data` with the value at `path` replaced, copying only the objects along the
 * path (the caller's event is never mutated). The path must already exist.
 */
export function setAtPath<T extends Readonly<Record<string, unknown>>>(data: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return data;
  const child = data[head];
  const next =
    rest.length === 0 ? value : setAtPath(child as Readonly<Record<string, unknown>>, rest.join('.'), value);
  return { ...data, [head]: next };
}
