import { getAtPath, setAtPath } from './dot-path';

describe('dot paths', () => {
  const data = { a: { b: { c: 1 }, list: [1] }, top: 'x' };

  it('reads nested values and gives undefined for missing or non-object steps', () => {
    expect(getAtPath(data, 'a.b.c')).toBe(1);
    expect(getAtPath(data, 'top')).toBe('x');
    expect(getAtPath(data, 'a.missing.c')).toBeUndefined();
    expect(getAtPath(data, 'top.length')).toBeUndefined();
    expect(getAtPath(data, 'a.list.0')).toBeUndefined();
  });

  it('writes a copy, leaving the original and unrelated branches untouched', () => {
    const next = setAtPath(data, 'a.b.c', 'secret');
    expect(next).toEqual({ a: { b: { c: 'secret' }, list: [1] }, top: 'x' });
    expect(data.a.b.c).toBe(1);
    expect(next.a.list).toBe(data.a.list);
  });
});
