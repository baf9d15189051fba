import { requireOneOf, requireReason, requireText, textLength } from './text';

const failure = (field: string, extra: object = {}) =>
  expect.objectContaining({ code: 'VALIDATION_FAILED', details: { field, ...extra } });

describe('text rules', () => {
  it('requireText trims and enforces the length in characters', () => {
    expect(requireText('name', '  张三 ', { max: 50 })).toBe('张三');
    expect(requireText('name', '张'.repeat(50), { max: 50 })).toHaveLength(50);
    expect(() => requireText('name', '张'.repeat(51), { max: 50 })).toThrow(failure('name', { max: 50 }));
    expect(() => requireText('name', '   ', { max: 50 })).toThrow(failure('name', { min: 1 }));
    expect(() => requireText('name', null, { max: 50 })).toThrow(failure('name'));
  });

  it('counts characters outside the BMP once', () => {
    expect(textLength('𠀾三')).toBe(2);
  });

  it('requireReason refuses a missing or blank reason with REASON_REQUIRED', () => {
    expect(requireReason(' 录入错误 ')).toBe('录入错误');
    for (const blank of [undefined, null, '', '  ']) {
      expect(() => requireReason(blank)).toThrow(
        expect.objectContaining({ code: 'REASON_REQUIRED', details: { field: 'reason' } }),
      );
    }
  });

  it('requireOneOf accepts only the closed vocabulary', () => {
    expect(requireOneOf('role', 'VILLAGE', ['TOWNSHIP', 'VILLAGE'] as const)).toBe('VILLAGE');
    expect(() => requireOneOf('role', 'village', ['TOWNSHIP', 'VILLAGE'] as const)).toThrow(
      failure('role', { allowed: ['TOWNSHIP', 'VILLAGE'] }),
    );
  });
});
