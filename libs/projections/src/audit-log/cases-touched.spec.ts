import type { RecordedEvent } from '@careledger/event-store';
import { CaseStreamLinks, casesOfEvent, casesTouchedBy, linkedStreamsOf } from './cases-touched';

const event = (streamId: string, data: Record<string, unknown>): Pick<RecordedEvent, 'streamId' | 'data'> => ({ streamId, data });

describe('which cases an event touches', () => {
  it('names the case it carries and the cases it lists, once each', () => {
    expect(casesTouchedBy(event('visit-v1', { caseIds: ['a', 'b', 'a'] }))).toEqual(['a', 'b']);
    expect(casesTouchedBy(event('case-a', { caseId: 'a' }))).toEqual(['a']);
    expect(casesTouchedBy(event('fund-2023-care', { fundId: '2023-care' }))).toEqual([]);
  });

  it('looks up its own stream (not a case stream) and the stream it is linked to', () => {
    expect(linkedStreamsOf(event('case-a', { caseId: 'a' }))).toEqual([]);
    expect(linkedStreamsOf(event('subsidy-s1', { applicationId: 's1' }))).toEqual(['subsidy-s1']);
    expect(linkedStreamsOf(event('fund-2023-care', { linkedStreamId: 'visit-v1' }))).toEqual(['fund-2023-care', 'visit-v1']);
  });

  it('adds the cases the looked-up streams named earlier', async () => {
    const known: Record<string, readonly string[]> = { 'subsidy-s1': ['a'], 'visit-v1': ['b', 'c'] };
    const lookup = (stream: string) => known[stream] ?? [];
    await expect(casesOfEvent(event('subsidy-s1', { applicationId: 's1', decision: 'APPROVE' }), lookup)).resolves.toEqual(['a']);
    await expect(casesOfEvent(event('fund-2023-care', { linkedStreamId: 'visit-v1' }), lookup)).resolves.toEqual(['b', 'c']);
    await expect(casesOfEvent(event('fund-2023-care', { linkedStreamId: null }), lookup)).resolves.toEqual([]);
  });
});

describe('CaseStreamLinks (the in-memory memory of a fold)', () => {
  it('follows a stream from the event that named the case, and keeps a dropped case linked', () => {
    const links = new CaseStreamLinks();
    expect(links.casesOf(event('subsidy-s1', { caseId: 'a', applicationId: 's1' }))).toEqual(['a']);
    expect(links.casesOf(event('subsidy-s1', { applicationId: 's1' }))).toEqual(['a']);
    expect(links.casesOf(event('visit-v1', { caseIds: ['a', 'b'] }))).toEqual(['a', 'b']);
    // The amendment that drops b is still on b's timeline: it is about b too.
    expect(links.casesOf(event('visit-v1', { caseIds: ['a'] }))).toEqual(['a', 'b']);
    expect(links.casesOf(event('fund-2023-care', { linkedStreamId: 'visit-v1' }))).toEqual(['a', 'b']);
    // A stream never linked stays out of every case.
    expect(links.casesOf(event('claim-c9', { claimId: 'c9' }))).toEqual([]);
  });
});
