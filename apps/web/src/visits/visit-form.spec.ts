import { personKey, toRecordVisitInput, type VisitFormValues } from './visit-form';

const base: VisitFormValues = {
  visitType: 'HOLIDAY',
  visitedOn: '2023-09-28',
  township: 'CY',
  visitors: [' 刘芳 ', ''],
  caseIds: ['c1'],
  personsReached: [personKey('c1', 'p1'), personKey('c2', 'p9')],
  needsFound: '需要助行器\n\n  希望陪同就医 ',
  followUpAction: ' 联系民政 ',
  followUpDueOn: '2023-10-15',
  cashAidFen: '500.29',
  fundId: '2023-care-action',
  goods: [{ description: '月饼', quantity: 2, value: '88' }, { description: ' ' }],
};

describe('record-visit form → RecordVisitInput', () => {
  it('sends cash in integer fen parsed from the 元 string, and only what the form really holds', () => {
    expect(toRecordVisitInput(base)).toEqual({
      visitType: 'HOLIDAY',
      visitedOn: '2023-09-28',
      township: 'CY',
      visitors: ['刘芳'],
      caseIds: ['c1'],
      // A person of a family no longer selected is dropped.
      personsReached: [{ caseId: 'c1', personId: 'p1' }],
      needsFound: ['需要助行器', '希望陪同就医'],
      followUp: { action: '联系民政', dueOn: '2023-10-15' },
      cashAidFen: 50_029,
      fundId: '2023-care-action',
      goods: [{ description: '月饼', quantity: 2, valueFen: 8_800 }],
    });
  });

  it('sends no fund and no follow-up when there is no cash and no follow-up action', () => {
    const input = toRecordVisitInput({ ...base, cashAidFen: '', followUpAction: '  ' });
    expect(input).toMatchObject({ cashAidFen: 0, fundId: null, followUp: null });
  });
});
