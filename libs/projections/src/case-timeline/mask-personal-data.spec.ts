import { careCasePersonalData } from '@careledger/domain-care-case';
import { maskPersonalData } from './mask-personal-data';

describe('maskPersonalData', () => {
  const registered = {
    caseId: 'case-1',
    personId: 'p1',
    name: '张建国',
    idNumber: '43122319580412031x',
    phone: '13807451234',
    nested: { list: [1, 2] },
  };

  it('masks the policy fields (ID number, phone; an erased ID number shows as erased)', () => {
    expect(maskPersonalData('MemberRegistered', registered, careCasePersonalData)).toEqual({
      ...registered,
      idNumber: '4312**********031X',
      phone: '138****1234',
    });
    expect(maskPersonalData('MemberRegistered', { ...registered, idNumber: null, phone: null }, careCasePersonalData)).toMatchObject({
      idNumber: '[已删除]',
      phone: null,
    });
    const correction = { caseId: 'case-1', personId: 'p1', changes: { phone: '0745-5221234', sex: 'MALE' } };
    expect(maskPersonalData('MemberDetailsCorrected', correction, careCasePersonalData)).toEqual({
      ...correction,
      changes: { phone: '074*****1234', sex: 'MALE' },
    });
  });

  it('never changes the payload it is given, and copies only what it masks', () => {
    const before = structuredClone(registered);
    const masked = maskPersonalData('MemberRegistered', registered, careCasePersonalData) as typeof registered;
    expect(registered).toEqual(before);
    expect(masked).not.toBe(registered);
    expect(masked.nested).toBe(registered.nested);
    const correction = { caseId: 'case-1', changes: { idNumber: '43122319580412031X' } };
    maskPersonalData('MemberDetailsCorrected', correction, careCasePersonalData);
    expect(correction.changes.idNumber).toBe('43122319580412031X');
  });

  it('returns a payload without policy fields present, or of an unlisted type, as it is', () => {
    const note = { caseId: 'case-1', text: '13807451234' };
    expect(maskPersonalData('CaseNoteAdded', note, careCasePersonalData)).toBe(note);
    const noChanges = { caseId: 'case-1', personId: 'p1', changes: { sex: 'FEMALE' } };
    expect(maskPersonalData('MemberDetailsCorrected', noChanges, careCasePersonalData)).toEqual(noChanges);
  });
});
