import type { CareCaseEvent } from '@careledger/domain-care-case';
import type { RecordedEvent } from '@careledger/event-store';
import { describeAsOf } from './as-of';
import { caseAsOf } from './case-as-of';

/** A tiny log: positions in order, revisions per stream, recorded and business times as given. */
function log() {
  const events: RecordedEvent[] = [];
  const revisions = new Map<string, number>();
  const add = (
    streamId: string,
    event: CareCaseEvent | { type: string; data: Record<string, unknown> },
    recordedAt: string,
    businessDate: string | null,
    reason: string | null = null,
  ) => {
    const revision = (revisions.get(streamId) ?? -1) + 1;
    revisions.set(streamId, revision);
    const position = events.length + 1;
    events.push({
      id: `e${position}`,
      streamId,
      revision,
      position,
      type: event.type,
      schemaVersion: 1,
      data: event.data as Record<string, unknown>,
      metadata: { actorId: 'caseworker-cy', actorRole: 'caseworker', actorTownship: 'CY', commandId: `c${position}`, correlationId: `c${position}`, causationId: `c${position}`, businessDate, reason },
      recordedAt,
      prevHash: '0'.repeat(64),
      hash: String(position).padStart(64, '0'),
    });
  };
  return { events, add };
}

const CASE = 'k1';
const STREAM = `case-${CASE}`;
const member = (personId: string, name: string, relation: 'HEAD' | 'CHILD', phone: string | null): CareCaseEvent => ({
  type: 'MemberRegistered',
  data: { caseId: CASE, personId, name, idNumber: '43122319580412031X', idNumberHash: `h-${personId}`, idNumberTail: '031X', relation, sex: 'MALE', birthDate: '1958-04-12', phone },
});

/** A family file opened in March 2023; two facts learnt late in December. */
function family() {
  const { events, add } = log();
  add(STREAM, { type: 'CaseOpened', data: { caseId: CASE, category: 'DISABLED_CHILD', township: 'CY', village: '城南社区', address: '3组12号', openedOn: '2023-03-15' } }, '2023-03-15T02:00:00.000Z', '2023-03-15');
  add(STREAM, member('p1', '张建国', 'HEAD', '13807451234'), '2023-03-15T02:05:00.000Z', '2023-03-15');
  add(STREAM, member('p2', '张小军', 'CHILD', null), '2023-03-15T02:06:00.000Z', '2023-03-15');
  // The son died on 2 November; the caseworker learnt of it and recorded it on 10 December.
  add(STREAM, { type: 'MemberDied', data: { caseId: CASE, personId: 'p2', diedOn: '2023-11-02' } }, '2023-12-10T03:00:00.000Z', '2023-11-02');
  // The father's number changed on 1 October; the correction was also recorded on 10 December.
  add(STREAM, { type: 'MemberDetailsCorrected', data: { caseId: CASE, personId: 'p1', changes: { phone: '13974519999' } } }, '2023-12-10T03:10:00.000Z', '2023-10-01', '换号');
  return { events, add };
}

describe('caseAsOf: time travel on the recorded and the business axis (pure)', () => {
  it('THE LATE CORRECTION: a death recorded late shows on the business axis, not on the recorded axis', () => {
    const { events } = family();
    const knownThen = caseAsOf(CASE, events, { recordedAt: '2023-11-15T00:00:00.000Z' })!;
    const thatDay = caseAsOf(CASE, events, { businessDate: '2023-11-15' })!;

    expect(knownThen.members.find((m) => m.person_id === 'p2')).toMatchObject({ deceased: 0, died_on: null });
    expect(thatDay.members.find((m) => m.person_id === 'p2')).toMatchObject({ deceased: 1, died_on: '2023-11-02' });
    expect(knownThen.timeline.map((t) => t.type)).toEqual(['CaseOpened', 'MemberRegistered', 'MemberRegistered']);
    expect(thatDay.timeline.map((t) => t.type)).toEqual(['CaseOpened', 'MemberRegistered', 'MemberRegistered', 'MemberDied', 'MemberDetailsCorrected']);
    // The day before he died he was alive on either axis.
    expect(caseAsOf(CASE, events, { businessDate: '2023-11-01' })!.members[1]).toMatchObject({ deceased: 0 });
    // Once recorded, both axes agree.
    expect(caseAsOf(CASE, events, { recordedAt: '2023-12-10T03:00:00.000Z' })!.members[1]).toMatchObject({ deceased: 1 });
  });

  it('a phone correction recorded late: masked old number as known then, masked new number as of the day', () => {
    const { events } = family();
    const knownThen = caseAsOf(CASE, events, { recordedAt: '2023-11-15T00:00:00.000Z' })!;
    const thatDay = caseAsOf(CASE, events, { businessDate: '2023-11-15' })!;
    expect(knownThen.members[0]).toMatchObject({ person_id: 'p1', phone_masked: '138****1234', id_number_masked: '4312**********031X' });
    expect(thatDay.members[0]).toMatchObject({ person_id: 'p1', phone_masked: '139****9999' });
    expect(caseAsOf(CASE, events, { businessDate: '2023-09-30' })!.members[0]).toMatchObject({ phone_masked: '138****1234' });
    expect(JSON.stringify(thatDay.timeline)).not.toContain('13974519999');
    expect(JSON.stringify(thatDay.timeline)).not.toContain('43122319580412031X');
    expect(thatDay.timeline[4]).toMatchObject({ reason: '换号', business_date: '2023-10-01' });
  });

  it("an application's later steps, which do not name the case, join its history through their stream", () => {
    const { events, add } = family();
    add('subsidy-s1', { type: 'SubsidyApplied', data: { applicationId: 's1', caseId: CASE, personId: 'p1' } }, '2023-12-11T02:00:00.000Z', '2023-12-11');
    add('subsidy-s1', { type: 'TownshipApproved', data: { applicationId: 's1', opinion: '属实' } }, '2023-12-12T02:00:00.000Z', '2023-12-12');
    add('subsidy-s2', { type: 'TownshipApproved', data: { applicationId: 's2', opinion: '别家' } }, '2023-12-12T03:00:00.000Z', '2023-12-12');
    const view = caseAsOf(CASE, events, { businessDate: '2023-12-31' })!;
    expect(view.timeline.slice(-2).map((t) => [t.stream_id, t.type])).toEqual([
      ['subsidy-s1', 'SubsidyApplied'],
      ['subsidy-s1', 'TownshipApproved'],
    ]);
    // Before the approval's day it is not yet part of the family's history.
    expect(caseAsOf(CASE, events, { businessDate: '2023-12-11' })!.timeline.at(-1)).toMatchObject({ type: 'SubsidyApplied' });
    // A step dated before the application's own business day still belongs to it on that day.
    add('subsidy-s1', { type: 'DocumentsSupplemented', data: { applicationId: 's1', note: '补交' } }, '2023-12-13T02:00:00.000Z', '2023-12-10');
    expect(caseAsOf(CASE, events, { businessDate: '2023-12-10' })!.timeline.at(-1)).toMatchObject({ type: 'DocumentsSupplemented' });
  });

  it('a case not yet opened at the asked time did not exist: null on both axes', () => {
    const { events } = family();
    expect(caseAsOf(CASE, events, { recordedAt: '2023-03-15T01:59:59.999Z' })).toBeNull();
    expect(caseAsOf(CASE, events, { businessDate: '2023-03-14' })).toBeNull();
    expect(caseAsOf(CASE, [], { businessDate: '2030-01-01' })).toBeNull();
    expect(caseAsOf(CASE, events, { businessDate: '2023-03-15' })).not.toBeNull();
  });

  it('compares instants as instants, whatever offset the asked time is written in', () => {
    const { events } = family();
    // 2023-12-10 11:00 in Shanghai is 03:00 UTC: the death is known at that moment.
    expect(caseAsOf(CASE, events, { recordedAt: '2023-12-10T11:00:00+08:00' })!.members[1]).toMatchObject({ deceased: 1 });
    expect(caseAsOf(CASE, events, { recordedAt: '2023-12-10T10:59:59+08:00' })!.members[1]).toMatchObject({ deceased: 0 });
  });

  it('an event without a business date is about its recording day in Shanghai, not in UTC', () => {
    const { events, add } = family();
    // 17:00 UTC on 14 November is 01:00 on 15 November in Shanghai.
    add(STREAM, { type: 'CategoryChanged', data: { caseId: CASE, from: 'DISABLED_CHILD', to: 'BEREAVED' } }, '2023-11-14T17:00:00.000Z', null, '独子去世');
    expect(caseAsOf(CASE, events, { businessDate: '2023-11-14' })!.summary.category).toBe('DISABLED_CHILD');
    expect(caseAsOf(CASE, events, { businessDate: '2023-11-15' })!.summary.category).toBe('BEREAVED');
  });

  it('follows exits and reopenings, and stamps the revision and time of the last event that counted', () => {
    const { events, add } = family();
    add(STREAM, { type: 'CaseExited', data: { caseId: CASE, exitReason: 'MOVED_AWAY', exitedOn: '2024-01-05' } }, '2024-01-05T02:00:00.000Z', '2024-01-05');
    add(STREAM, { type: 'CaseReopened', data: { caseId: CASE, reopenedOn: '2024-03-01' } }, '2024-03-01T02:00:00.000Z', '2024-03-01');
    expect(caseAsOf(CASE, events, { businessDate: '2024-02-01' })!.summary).toMatchObject({ status: 'EXITED', exit_reason: 'MOVED_AWAY', exited_on: '2024-01-05', revision: 5, last_recorded_at: '2024-01-05T02:00:00.000Z' });
    expect(caseAsOf(CASE, events, { businessDate: '2024-03-01' })!.summary).toMatchObject({ status: 'ACTIVE', exit_reason: null, revision: 6 });
    expect(caseAsOf(CASE, events, { recordedAt: '2023-04-01T00:00:00.000Z' })!.summary).toMatchObject({ status: 'ACTIVE', revision: 2, member_count: 2, head_name: '张建国' });
  });

  it('includes events of other streams naming the case in the timeline only, once each', () => {
    const { events, add } = family();
    add('visit-v1', { type: 'VisitRecorded', data: { visitId: 'v1', caseIds: [CASE, 'other'] } }, '2023-12-20T02:00:00.000Z', '2023-11-10');
    add('visit-v2', { type: 'VisitRecorded', data: { visitId: 'v2', caseIds: ['other'] } }, '2023-12-20T02:00:00.000Z', '2023-11-10');
    const visit = events[5]!;
    const view = caseAsOf(CASE, [...events, visit], { businessDate: '2023-11-15' })!;
    expect(view.timeline.filter((t) => t.type === 'VisitRecorded')).toEqual([expect.objectContaining({ stream_id: 'visit-v1', case_id: CASE, position: 6 })]);
    expect(view.summary.revision).toBe(4);
    expect(caseAsOf(CASE, events, { recordedAt: '2023-12-01T00:00:00.000Z' })!.timeline.some((t) => t.type === 'VisitRecorded')).toBe(false);
  });

  it('describes the chosen time the way the API echoes it', () => {
    expect(describeAsOf({ recordedAt: '2023-11-15T00:00:00.000Z' })).toBe('recordedAt:2023-11-15T00:00:00.000Z');
    expect(describeAsOf({ businessDate: '2023-11-15' })).toBe('businessDate:2023-11-15');
  });
});
