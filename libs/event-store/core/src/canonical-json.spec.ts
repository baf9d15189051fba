import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('orders keys by UTF-16 code units, as RFC 8785 does', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, '10': 4, '9': 5, 姓名: 6 })).toBe('{"10":4,"9":5,"Z":3,"z":2,"é":1,"姓名":6}');
  });

  it('writes numbers in their shortest round-trip form', () => {
    expect(canonicalJson([1.0, 0.1, 1e21, 1e-7, -0, 123456789012, 1.5e300])).toBe(
      '[1,0.1,1e+21,1e-7,0,123456789012,1.5e+300]',
    );
  });

  it('escapes strings as JSON.stringify does, lone surrogates included', () => {
    expect(canonicalJson('张"\\\n\u0001\ud800')).toBe('"张\\"\\\\\\n\\u0001\\ud800"');
  });

  it('drops undefined members, writes undefined array items as null and honours toJSON', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, null], at: new Date('2024-03-01T08:00:00Z') })).toBe(
      '{"at":"2024-03-01T08:00:00.000Z","b":[null,null]}',
    );
  });

  it('equals the canonical form of its own parsed output (what a store reads back)', () => {
    const value = { z: [1, 'two', { k: null }], a: { nested: true }, n: -12.5 };
    const text = canonicalJson(value);
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });

  it.each<[string, unknown]>([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a bigint', 10n],
    ['a Map', new Map([['a', 1]])],
    ['a class instance', new (class Money {})()],
    ['a top-level undefined', undefined],
  ])('refuses %s instead of changing it silently', (_, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it('refuses cycles but accepts shared references', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cyclic/);
  });
});
