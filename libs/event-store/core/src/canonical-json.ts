/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, numbers and strings as
 * `JSON.stringify` writes them (shortest round-trip form, well-formed escapes). For JSON values
 * this matches RFC 8785 (JCS), so a hash over it can be recomputed by any other implementation.
 *
 * Values that JSON cannot carry faithfully (NaN, ±Infinity, bigint, Map, class instances, cycles)
 * throw instead of being silently changed: the hash chain must cover exactly what is read back.
 * `undefined` members are dropped and `toJSON` is honoured, as with `JSON.stringify`, so hashing an
 * object and hashing its parsed JSON text give the same result.
 *
 * @example canonicalJson({ b: 1, a: [true, null] }) === '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  const text = serialise(value, new Set());
  if (text === undefined) throw new TypeError(`canonicalJson: ${typeof value} is not a JSON value`);
  return text;
}

// `ancestors` is the path from the root (for cycle detection); one Set mutated as a stack,
// because this runs for every event appended and every event verified.
function serialise(value: unknown, ancestors: Set<object>): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
      return JSON.stringify(value); // -0 becomes "0", as JSON itself does
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'bigint':
      throw new TypeError('canonicalJson: bigint is not a JSON value; store it as a string');
    case 'object':
      return value === null ? 'null' : serialiseObject(value, ancestors);
  }
}

function serialiseObject(value: object, ancestors: Set<object>): string | undefined {
  const withToJson = value as { toJSON?: unknown };
  if (typeof withToJson.toJSON === 'function') {
    return serialise((withToJson.toJSON as () => unknown).call(value), ancestors);
  }
  if (ancestors.has(value)) throw new TypeError('canonicalJson: cyclic structure');
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      let out = '[';
      for (let i = 0; i < value.length; i += 1) {
        out += `${i === 0 ? '' : ','}${serialise(value[i], ancestors) ?? 'null'}`;
      }
      return `${out}]`;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(`canonicalJson: ${value.constructor?.name ?? 'object'} is not a plain object`);
    }
    const record = value as Record<string, unknown>;
    let out = '{';
    for (const key of Object.keys(record).sort()) {
      const member = serialise(record[key], ancestors);
      if (member !== undefined) out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${member}`;
    }
    return `${out}}`;
  } finally {
    ancestors.delete(value);
  }
}
