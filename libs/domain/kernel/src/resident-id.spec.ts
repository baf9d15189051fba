import { isDomainError } from './domain-error';
import { isResidentId, parseResidentId, residentIdCheckChar } from './resident-id';
import { buildResidentId } from './testing/resident-id.fixture';

function refusal(value: string): unknown {
  try {
    parseResidentId(value);
  } catch (error) {
    return isDomainError(error, 'VALIDATION_FAILED') ? error.details : error;
  }
  throw new Error(`expected ${value} to be refused`);
}

describe('parseResidentId (GB 11643-1999)', () => {
  it('accepts the standard example with check character X, and derives its parts', () => {
    // Worked by hand: weighted sum of 11010519491231002 = 167; 167 mod 11 = 2 → 'X'.
    expect(parseResidentId('11010519491231002X')).toEqual({
      normalized: '11010519491231002X',
      regionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'FEMALE',
      tail: '002X',
    });
  });

  it('trims and upper-cases a lower-case x', () => {
    expect(parseResidentId('  11010519491231002x ').normalized).toBe('11010519491231002X');
  });

  it('reads an odd 17th digit as male', () => {
    // Weighted sum of 43122319680305101 = 236; 236 mod 11 = 5 → '7'; 17th digit 1 is odd.
    const parsed = parseResidentId('431223196803051017');
    expect(parsed).toMatchObject({ regionCode: '431223', birthDate: '1968-03-05', sex: 'MALE' });
    expect(parsed.tail).toBe('1017');
  });

  it('accepts 29 February in a leap year', () => {
    const leapDay = buildResidentId({ birthDate: '2000-02-29', sequence: 12 });
    expect(parseResidentId(leapDay).birthDate).toBe('2000-02-29');
  });

  it.each([
    ['too short', '11010519491231002'],
    ['too long', '11010519491231002X1'],
    ['X not at the end', '1101051949123100X2'],
    ['other letters', '11010519491231002A'],
    ['15-digit first-generation number', '110105491231002'],
    ['empty', ''],
  ])('refuses a malformed number (%s)', (_label, value) => {
    expect(refusal(value)).toEqual({ field: 'idNumber', rule: 'format' });
  });

  it.each([
    ['month 13', '431223196813051'],
    ['30 February', '431223200002301'],
    ['29 February in 1900 (not a leap year)', '431223190002291'],
    ['day 00', '431223196803001'],
  ])('refuses an impossible birth date (%s)', (_label, first15) => {
    const first17 = first15 + '01';
    expect(refusal(first17 + residentIdCheckChar(first17))).toEqual({ field: 'idNumber', rule: 'birthDate' });
  });

  it('refuses a wrong check character', () => {
    expect(refusal('110105194912310021')).toEqual({ field: 'idNumber', rule: 'checksum' });
    expect(refusal('431223196803051018')).toEqual({ field: 'idNumber', rule: 'checksum' });
  });

  it('never puts the number into the error', () => {
    try {
      parseResidentId('431223196803051018');
    } catch (error) {
      expect(JSON.stringify({ error, message: (error as Error).message })).not.toContain('4312231968');
    }
    expect.assertions(1);
  });

  it('isResidentId answers without throwing', () => {
    expect(isResidentId('11010519491231002X')).toBe(true);
    expect(isResidentId('110105194912310021')).toBe(false);
  });
});

describe('buildResidentId (test fixture)', () => {
  it('builds numbers the parser accepts, with the requested birth date and sex', () => {
    const male = parseResidentId(buildResidentId({ birthDate: '1972-11-30', sequence: 7 }));
    const femaleId = buildResidentId({ region: '110105', birthDate: '1972-11-30', sequence: 8 });
    const female = parseResidentId(femaleId);
    expect(male).toMatchObject({ regionCode: '431223', birthDate: '1972-11-30', sex: 'MALE' });
    expect(female).toMatchObject({ regionCode: '110105', sex: 'FEMALE' });
  });
});
