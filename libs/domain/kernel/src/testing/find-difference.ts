/**
 * Structural comparison of plain data (what events and commands are), reporting where two values
 * first differ. Like jest's `toEqual`, a property holding `undefined` counts as absent: JSON
 * storage drops it anyway.
 */
export type Difference = { readonly path: string; readonly expected: unknown; readonly actual: unknown };

export function findDifference(expected: unknown, actual: unknown, path = ''): Difference | null {
  if (Object.is(expected, actual)) return null;
  const here = { path: path || '(root)', expected, actual };
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return here;
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      if (i >= expected.length || i >= actual.length) {
        return { path: `${path}[${i}]`, expected: expected[i], actual: actual[i] };
      }
      const difference = findDifference(expected[i], actual[i], `${path}[${i}]`);
      if (difference) return difference;
    }
    return null;
  }
  if (!isPlainObject(expected) || !isPlainObject(actual)) return here;
  const keys = new Set([...definedKeys(expected), ...definedKeys(actual)]);
  for (const key of [...keys].sort()) {
    const difference = findDifference(expected[key], actual[key], path ? `${path}.${key}` : key);
    if (difference) return difference;
  }
  return null;
}

export function formatValue(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value, null, 2);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function definedKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}
