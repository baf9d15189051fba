import { deciderSpec } from '@careledger/domain-kernel';
import { fundId, recordVisit, visit, visitId, visitRecorded } from '../testing/visit.fixtures';
import type { RecordVisit } from './visit.commands';
import { visitDecider } from './visit.decider';

const spec = deciderSpec(visitDecider);
/** A command whose data bypasses the types, as a JSON request can. */
const loose = (overrides: Record<string, unknown>): RecordVisit =>
  recordVisit(overrides as Partial<RecordVisit['data']>);

describe('RecordVisit', () => {
  it('records a visit with its cash aid charged to a fund', () => {
    spec.given([]).when(recordVisit()).then([visitRecorded()]);
  });

  it('trims text and records a visit without cash and without a fund balance', () => {
    const command = recordVisit(
      { township: ' CX-XP ', visitors: [' 王芳'], needsFound: [], cashAidFen: 0, fundId: null },
      null,
    );
    const expected = visitRecorded({ visitors: ['王芳'], needsFound: [], cashAidFen: 0, fundId: null });
    spec.given([]).when(command).then([expected]);
  });

  it('accepts a charge equal to what the fund has left', () => {
    spec.given([]).when(recordVisit({}, visit.cashAidFen)).then([visitRecorded()]);
  });

  it('treats the same recording again as done, whatever the fund holds now', () => {
    spec.given([visitRecorded()]).when(recordVisit({}, 0)).then([]);
  });

  it('refuses the same visit id with other details', () => {
    spec
      .given([visitRecorded()])
      .when(recordVisit({ visitedOn: '2023-01-19' }))
      .thenThrows('ALREADY_EXISTS', { kind: 'visit', visitId });
  });

  it('refuses cash aid beyond what the fund has left', () => {
    spec
      .given([])
      .when(recordVisit({}, 49_999))
      .thenThrows('INSUFFICIENT_FUNDS', { fundId, remainingFen: 49_999, requestedFen: 50_000 });
  });

  it('refuses cash aid without the fund balance', () => {
    spec
      .given([])
      .when(recordVisit({}, null))
      .thenThrows('VALIDATION_FAILED', { field: 'fundRemainingFen' });
  });

  it('refuses cash aid without a fund', () => {
    spec.given([]).when(recordVisit({ fundId: ' ' })).thenThrows('VALIDATION_FAILED', { field: 'fundId' });
  });

  it('refuses a fund when no cash is given', () => {
    spec
      .given([])
      .when(recordVisit({ cashAidFen: 0 }))
      .thenThrows('VALIDATION_FAILED', { field: 'fundId', rule: 'noCashAid' });
  });

  it.each([-1, 100.5])('refuses cash aid of %p fen', (cashAidFen) => {
    spec.given([]).when(recordVisit({ cashAidFen })).thenThrows('VALIDATION_FAILED', { field: 'cashAidFen' });
  });

  it('refuses a visit type outside the vocabulary', () => {
    spec
      .given([])
      .when(loose({ visitType: 'PARTY' }))
      .thenThrows('VALIDATION_FAILED', { field: 'visitType' });
  });

  it.each([
    ['visitedOn', { visitedOn: '2023-02-30' }],
    ['township', { township: '  ' }],
    ['visitors', { visitors: [] }],
    ['visitors[1]', { visitors: ['王芳', ''] }],
    ['caseIds', { caseIds: [] }],
    ['needsFound[0]', { needsFound: [' '] }],
    ['followUp.action', { followUp: { action: '', dueOn: '2023-02-01' } }],
    ['goods[0].quantity', { goods: [{ description: '大米', quantity: 0, valueFen: 100 }] }],
    ['goods[0].valueFen', { goods: [{ description: '大米', quantity: 1, valueFen: 0.5 }] }],
    ['goods[0].description', { goods: [{ description: '', quantity: 1, valueFen: 100 }] }],
  ])('refuses an invalid %s', (field, overrides) => {
    spec.given([]).when(loose(overrides)).thenThrows('VALIDATION_FAILED', { field });
  });

  it('refuses a case listed twice', () => {
    spec
      .given([])
      .when(recordVisit({ caseIds: ['c-0001', 'c-0001'], personsReached: [] }))
      .thenThrows('VALIDATION_FAILED', { field: 'caseIds', rule: 'duplicate', id: 'c-0001' });
  });

  it('refuses a person reached twice, even under another case', () => {
    const personsReached = [
      { caseId: 'c-0001', personId: 'p-father' },
      { caseId: 'c-0002', personId: 'p-father' },
    ];
    spec
      .given([])
      .when(recordVisit({ personsReached }))
      .thenThrows('VALIDATION_FAILED', { field: 'personsReached', rule: 'duplicate', personId: 'p-father' });
  });

  it('refuses a person reached whose case was not visited', () => {
    spec
      .given([])
      .when(recordVisit({ caseIds: ['c-0001'] }))
      .thenThrows('VALIDATION_FAILED', { field: 'personsReached', rule: 'caseNotVisited', caseId: 'c-0002' });
  });

  it('refuses a follow-up due before the visit, and accepts one due the same day', () => {
    const due = (dueOn: string) => recordVisit({ followUp: { action: '回访', dueOn } });
    spec.given([]).when(due('2023-01-17')).thenThrows('VALIDATION_FAILED', { field: 'followUp.dueOn' });
    spec
      .given([])
      .when(due('2023-01-18'))
      .then([visitRecorded({ followUp: { action: '回访', dueOn: '2023-01-18' } })]);
  });
});
