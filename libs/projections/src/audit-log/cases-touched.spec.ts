import type { RecordedEvent } from '@careledger/event-store';
import { CaseStreamLinks, casesOfEvent, casesTouchedBy, streamToFollow } from './cases-touched';

const event = (streamId: string, revision: number, data: Record<string, unknown>): Pick<RecordedEvent, 'streamId' | 'revision' | 'data'> => ({
  streamId,
  revision,
  data,
});

describe('which cases an event touches', () => {
  it('names the case it carries and the cases it lists, once each', () => {
    expect(casesTouchedBy(event('visit-v1', 0, { caseIds: ['a', 'b', 'a'] }))).toEqual(['a', 'b']);
    expect(casesTouchedBy(event('case-a', 3, { caseId: 'a' }))).toEqual(['a']);
    expect(casesTouchedBy(event('fund-2023-care', 0, { fundId: '2023-care' }))).toEqual([]);
  });

  it("follows its own stream's first event, except on that event and on care-case streams", () => {
    expect(streamToFollow(event('case-a', 4, { caseId: 'a' }))).toBeNull();
    expect(streamToFollow(event('subsidy-s1', 0, { caseId: 'a' }))).toBeNull();
    expect(streamToFollow(event('subsidy-s1', 2, { applicationId: 's1' }))).toBe('subsidy-s1');
  });

  it("adds the cases the stream's first event named", async () => {
    const firstEvents: Record<string, readonly string[]> = { 'subsidy-s1': ['a'], 'fund-2023-care': [] };
    const lookup = (stream: string) => firstEvents[stream] ?? [];
    await expect(casesOfEvent(event('subsidy-s1', 3, { applicationId: 's1' }), lookup)).resolves.toEqual(['a']);
    // A fund names families only on the charges that paid them.
    await expect(casesOfEvent(event('fund-2023-care', 5, { caseIds: ['b'] }), lookup)).resolves.toEqual(['b']);
    await expect(casesOfEvent(event('fund-2023-care', 6, { receiptId: 'r1' }), lookup)).resolves.toEqual([]);
  });
});

describe('CaseStreamLinks (the in-memory memory of a fold)', () => {
  it('follows a stream from its first event, keeps a dropped case linked, and never spills a fund onto a family', () => {
    const links = new CaseStreamLinks();
    expect(links.casesOf(event('subsidy-s1', 0, { caseId: 'a', applicationId: 's1' }))).toEqual(['a']);
    expect(links.casesOf(event('subsidy-s1', 1, { applicationId: 's1' }))).toEqual(['a']);
    expect(links.casesOf(event('visit-v1', 0, { caseIds: ['a', 'b'] }))).toEqual(['a', 'b']);
    // The amendment that drops b is still on b's timeline: the visit started with b.
    expect(links.casesOf(event('visit-v1', 1, { caseIds: ['a'] }))).toEqual(['a', 'b']);
    expect(links.casesOf(event('fund-2023-care', 0, { fundId: '2023-care' }))).toEqual([]);
    expect(links.casesOf(event('fund-2023-care', 1, { caseIds: ['a'] }))).toEqual(['a']);
    expect(links.casesOf(event('fund-2023-care', 2, { receiptId: 'r1' }))).toEqual([]);
    expect(links.casesOf(event('claim-c9', 1, { claimId: 'c9' }))).toEqual([]);
  });
});
