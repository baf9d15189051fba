import { deciderSpec } from '@careledger/domain-kernel';
import {
  amendVisit,
  fundId,
  visit,
  visitAmended,
  visitId,
  visitRecorded,
  visitVoided,
} from '../testing/visit.fixtures';
import { visitDecider } from './visit.decider';

const spec = deciderSpec(visitDecider);
const recorded = visitRecorded(); // 50,000 fen charged to `fundId`

describe('AmendVisit', () => {
  it('records only the fields that changed, with the reason and the current cases', () => {
    spec
      .given([recorded])
      .when(amendVisit({ visitType: 'HOLIDAY', visitedOn: '2023-01-20', township: ' CX-XP ' }))
      .then([visitAmended({ visitedOn: '2023-01-20' })]);
  });

  it('returns [] when nothing changes', () => {
    spec.given([recorded]).when(amendVisit({ visitors: ['王芳', '刘洋'] })).then([]);
  });

  it('carries the new full list of cases when cases change', () => {
    const personsReached = visit.personsReached.slice(0, 2);
    const changes = { caseIds: ['c-0001'], personsReached };
    spec.given([recorded]).when(amendVisit(changes)).then([visitAmended(changes, ['c-0001'])]);
  });

  it('raises cash aid within the fund balance plus the visit’s own charge', () => {
    spec
      .given([recorded])
      .when(amendVisit({ cashAidFen: 80_000 }, { fundRemainingFen: 30_000 }))
      .then([visitAmended({ cashAidFen: 80_000 })]);
  });

  it('refuses raising cash aid beyond the fund balance plus the visit’s own charge', () => {
    spec
      .given([recorded])
      .when(amendVisit({ cashAidFen: 80_001 }, { fundRemainingFen: 30_000 }))
      .thenThrows('INSUFFICIENT_FUNDS', { fundId, remainingFen: 80_000, requestedFen: 80_001 });
  });

  it('checks the next amendment against the amended charge', () => {
    spec
      .given([recorded, visitAmended({ cashAidFen: 20_000 })])
      .when(amendVisit({ cashAidFen: 30_001 }, { fundRemainingFen: 10_000 }))
      .thenThrows('INSUFFICIENT_FUNDS', { remainingFen: 30_000 });
  });

  it('gives no credit for the current charge when moving it to another fund', () => {
    spec
      .given([recorded])
      .when(amendVisit({ fundId: '2023-OTHER' }, { fundRemainingFen: 49_999 }))
      .thenThrows('INSUFFICIENT_FUNDS', { fundId: '2023-OTHER', remainingFen: 49_999, requestedFen: 50_000 });
    spec
      .given([recorded])
      .when(amendVisit({ fundId: '2023-OTHER' }, { fundRemainingFen: 50_000 }))
      .then([visitAmended({ fundId: '2023-OTHER' })]);
  });

  it('releases the fund when the cash aid is taken away, with no balance needed', () => {
    spec
      .given([recorded])
      .when(amendVisit({ cashAidFen: 0 }))
      .then([visitAmended({ cashAidFen: 0, fundId: null })]);
  });

  it('refuses a changed charge without the fund balance', () => {
    spec
      .given([recorded])
      .when(amendVisit({ cashAidFen: 40_000 }))
      .thenThrows('VALIDATION_FAILED', { field: 'fundRemainingFen' });
  });

  it('validates the amended visit as a whole', () => {
    spec
      .given([recorded])
      .when(amendVisit({ visitedOn: '2023-03-01' }))
      .thenThrows('VALIDATION_FAILED', { field: 'followUp.dueOn', min: '2023-03-01' });
    spec
      .given([recorded])
      .when(amendVisit({ caseIds: ['c-0001'] }))
      .thenThrows('VALIDATION_FAILED', { field: 'personsReached', rule: 'caseNotVisited' });
    spec
      .given([recorded])
      .when(amendVisit({ cashAidFen: 0, fundId }))
      .thenThrows('VALIDATION_FAILED', { field: 'fundId', rule: 'noCashAid' });
  });

  it('refuses an amendment without a reason', () => {
    spec
      .given([recorded])
      .when(amendVisit({ township: 'CX-CX' }, { reason: ' ' }))
      .thenThrows('REASON_REQUIRED');
  });

  it('refuses to amend a voided visit', () => {
    spec
      .given([recorded, visitVoided()])
      .when(amendVisit({ township: 'CX-CX' }))
      .thenThrows('VISIT_VOIDED', { visitId });
  });

  it('refuses to amend a visit that was never recorded', () => {
    spec
      .given([])
      .when(amendVisit({ township: 'CX-CX' }))
      .thenThrows('NOT_FOUND', { kind: 'visit', visitId });
  });
});
