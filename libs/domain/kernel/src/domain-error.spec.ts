import { DomainError, isDomainError, reasonRequired, validationFailed } from './domain-error';

describe('DomainError', () => {
  it('is an Error and a DomainError, with a name, code and frozen details', () => {
    const error = validationFailed('idNumber', 'bad check character', { rule: 'checksum' });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.name).toBe('DomainError');
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toEqual({ field: 'idNumber', rule: 'checksum' });
    expect(Object.isFrozen(error.details)).toBe(true);
    expect(error.stack).toContain('bad check character');
  });

  it('validationFailed always names the field, even if details try to override it', () => {
    expect(validationFailed('name', 'x', { field: 'other' }).details['field']).toBe('name');
  });

  it('reasonRequired uses its own code', () => {
    expect(reasonRequired()).toMatchObject({ code: 'REASON_REQUIRED', details: { field: 'reason' } });
  });

  it('isDomainError narrows by code', () => {
    const error = new DomainError('CASE_NOT_FOUND', 'no case');
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError(error, 'CASE_NOT_FOUND')).toBe(true);
    expect(isDomainError(error, 'CASE_EXITED')).toBe(false);
    expect(isDomainError(new Error('x'))).toBe(false);
  });
});
