import { assertPhone, isPhone, optionalPhone } from './phone';

describe('phone numbers', () => {
  it.each(['13812345678', '19912345678', '0745-1234567', '07451234567', '010-12345678', '021-1234567'])(
    'accepts %s',
    (value) => expect(isPhone(value)).toBe(true),
  );

  it.each([
    ['second digit 2', '12812345678'],
    ['ten digits', '1381234567'],
    ['twelve digits', '138123456789'],
    ['country code', '+8613812345678'],
    ['landline without leading 0', '745-1234567'],
    ['landline too short', '0745-123456'],
    ['letters', '1381234567a'],
    ['empty', ''],
  ])('refuses %s (%s)', (_label, value) => expect(isPhone(value)).toBe(false));

  it('assertPhone trims, or names the field', () => {
    expect(assertPhone('phone', ' 13812345678 ')).toBe('13812345678');
    expect(() => assertPhone('phone', '12345')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: { field: 'phone' } }),
    );
  });

  it('optionalPhone maps absent or blank to null and validates the rest', () => {
    expect(optionalPhone('phone', null)).toBeNull();
    expect(optionalPhone('phone', undefined)).toBeNull();
    expect(optionalPhone('phone', '  ')).toBeNull();
    expect(optionalPhone('phone', '0745-1234567')).toBe('0745-1234567');
    expect(() => optionalPhone('phone', '12345')).toThrow(
      expect.objectContaining({ details: { field: 'phone' } }),
    );
  });
});
