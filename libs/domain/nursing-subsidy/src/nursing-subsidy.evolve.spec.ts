import { foldEvents } from '@careledger/domain-kernel';
import { nursingSubsidyDecider } from './nursing-subsidy.decider';
import type { NursingSubsidyEvent } from './nursing-subsidy.events';
import { nursingSubsidyPersonalData } from './nursing-subsidy.personal-data';
import { nursingSubsidyStreamId } from './nursing-subsidy.stream';
import {
  applied,
  countyApproved,
  historyAt,
  paymentConfirmed,
  paymentIssued,
  personId,
  refusedAfterNotice,
  refusedAfterNoticeClosed,
  refusedWhileNoticePosted,
  withdrawn,
} from './testing/nursing-subsidy.fixtures';

type Node = Record<string, unknown>;

// What the event store will do with the policy: replace each listed field (here with null).
function erase(event: NursingSubsidyEvent): NursingSubsidyEvent {
  const data = structuredClone(event.data) as Node;
  for (const field of nursingSubsidyPersonalData[event.type]?.fields ?? []) {
    if (!(field in data)) throw new Error(`${event.type}: policy field ${field} is not in the event`);
    data[field] = null;
  }
  return { ...event, data } as NursingSubsidyEvent;
}

describe('evolveNursingSubsidy', () => {
  it('keeps no diagnosis in state', () => {
    expect(JSON.stringify(foldEvents(nursingSubsidyDecider, [applied]))).not.toContain('CARDIO');
  });

  it('replays a history whose diagnosis was erased', () => {
    const state = foldEvents(nursingSubsidyDecider, [erase(applied), ...historyAt.paid.slice(1)]);
    expect(state).toMatchObject({ status: 'paid', application: { amountFen: 2000_00 } });
  });

  it('leaves the state unchanged for events that do not fit the status', () => {
    const approved = foldEvents(nursingSubsidyDecider, historyAt.countyApproved);
    expect(nursingSubsidyDecider.evolve(approved, paymentConfirmed)).toBe(approved);
    expect(nursingSubsidyDecider.evolve(approved, countyApproved)).toBe(approved);
    const initial = nursingSubsidyDecider.initialState();
    expect(nursingSubsidyDecider.evolve(initial, paymentIssued)).toBe(initial);
    const once = foldEvents(nursingSubsidyDecider, [applied]);
    expect(foldEvents(nursingSubsidyDecider, [applied, applied])).toEqual(once);
  });

  it('ends a refusal after the notice as rejected, remembering why and when', () => {
    const refused = { status: 'rejected', opinion: '经核实，住院期间已由单位报销护理费用', refusedOn: '2023-04-20' };
    expect(foldEvents(nursingSubsidyDecider, refusedAfterNoticeClosed)).toMatchObject(refused);
    expect(foldEvents(nursingSubsidyDecider, refusedWhileNoticePosted)).toMatchObject(refused);
    // A county rejection is not a refusal after a notice.
    expect(foldEvents(nursingSubsidyDecider, historyAt.rejected)).not.toHaveProperty('refusedOn');
    // Before any notice, or once the application went on, a refusal does not apply.
    const approved = foldEvents(nursingSubsidyDecider, historyAt.countyApproved);
    expect(nursingSubsidyDecider.evolve(approved, refusedAfterNotice)).toBe(approved);
    const submitted = foldEvents(nursingSubsidyDecider, historyAt.submitted);
    expect(nursingSubsidyDecider.evolve(submitted, refusedAfterNotice)).toBe(submitted);
  });

  it('remembers why an application was withdrawn', () => {
    expect(foldEvents(nursingSubsidyDecider, [applied, withdrawn])).toMatchObject({
      status: 'withdrawn',
      reason: '家属决定不申请',
    });
  });
});

describe('nursingSubsidyPersonalData', () => {
  it('erases the diagnosis category and nothing the amount depends on', () => {
    const erased = erase(applied);
    expect(JSON.stringify(erased)).not.toContain('CARDIO_CEREBROVASCULAR');
    expect(erased.data).toMatchObject({ admittedOn: '2023-03-01', computation: { amountFen: 2000_00 } });
  });

  it('names, as subject, a path holding the person id', () => {
    const subject = nursingSubsidyPersonalData['SubsidyApplied']?.subject ?? '';
    expect((applied.data as Node)[subject]).toBe(personId);
  });
});

describe('nursingSubsidyStreamId', () => {
  it('prefixes the application id', () => {
    expect(nursingSubsidyStreamId('sub-0001')).toBe('subsidy-sub-0001');
  });
});
