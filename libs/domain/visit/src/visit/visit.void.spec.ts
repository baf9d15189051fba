import { deciderSpec, foldEvents } from '@careledger/domain-kernel';
import { countPersons } from '../shared/person-ref';
import {
  amendVisit,
  recordVisit,
  visit,
  visitAmended,
  visitId,
  visitRecorded,
  visitVoided,
  voidVisit,
} from '../testing/visit.fixtures';
import type { VisitCommand } from './visit.commands';
import { visitDecider } from './visit.decider';
import type { VisitEvent } from './visit.events';

const spec = deciderSpec(visitDecider);

describe('VoidVisit', () => {
  it('voids a visit, releasing its current charge', () => {
    spec.given([visitRecorded()]).when(voidVisit()).then([visitVoided()]);
    spec
      .given([visitRecorded(), visitAmended({ cashAidFen: 0, fundId: null })])
      .when(voidVisit())
      .then([visitVoided('重复登记', { cashAidFen: 0, fundId: null })]);
  });

  it('treats a repeated void with the same reason as done', () => {
    spec.given([visitRecorded(), visitVoided()]).when(voidVisit(' 重复登记 ')).then([]);
  });

  it('refuses a second void with another reason, so that reason is not silently dropped', () => {
    spec
      .given([visitRecorded(), visitVoided()])
      .when(voidVisit('未实际走访'))
      .thenThrows('VISIT_VOIDED', { visitId });
  });

  it('refuses a void without a reason', () => {
    spec.given([visitRecorded()]).when(voidVisit('')).thenThrows('REASON_REQUIRED', { field: 'reason' });
  });

  it('refuses to void a visit that was never recorded', () => {
    spec.given([]).when(voidVisit()).thenThrows('NOT_FOUND', { kind: 'visit', visitId });
  });
});

describe('a visit’s history', () => {
  // Driven through the decider, so the events are the ones it really emits.
  const commands: VisitCommand[] = [
    recordVisit(),
    amendVisit({ caseIds: ['c-0001'], personsReached: visit.personsReached.slice(0, 2) }),
    voidVisit(),
  ];
  const history = commands.reduce<VisitEvent[]>(
    (events, command) => [...events, ...visitDecider.decide(command, foldEvents(visitDecider, events))],
    [],
  );

  it('names the current cases on every event, for the families’ timelines', () => {
    expect(history.map((event) => [event.type, event.data.caseIds])).toEqual([
      ['VisitRecorded', ['c-0001', 'c-0002']],
      ['VisitAmended', ['c-0001']],
      ['VisitVoided', ['c-0001']],
    ]);
  });

  it('folds into the amended, voided visit, which still counts its persons reached', () => {
    const state = foldEvents(visitDecider, history);
    expect(state).toMatchObject({ status: 'voided', voidReason: '重复登记', visit: { caseIds: ['c-0001'] } });
    expect(state.status === 'voided' && countPersons(state.visit.personsReached)).toBe(2);
  });
});
