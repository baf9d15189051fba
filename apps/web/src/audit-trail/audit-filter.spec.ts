/**
 * @jest-environment node
 */
import { auditTrailPath, readAuditLink, toAuditFilterVariables } from './audit-filter';

describe('toAuditFilterVariables', () => {
  it('leaves out what is not set, so an empty filter asks for the whole log', () => {
    expect(toAuditFilterVariables({})).toEqual({});
    expect(toAuditFilterVariables({ streamId: '  ', caseId: '', eventTypes: [] })).toEqual({});
  });

  it('passes ids trimmed and event types as chosen', () => {
    expect(
      toAuditFilterVariables({ streamId: ' case-1 ', caseId: 'c1', actorId: 'auditor', township: 'XP', eventTypes: ['CaseNoteAdded', 'MemberDied'] }),
    ).toEqual({ streamId: 'case-1', caseId: 'c1', actorId: 'auditor', township: 'XP', eventTypes: ['CaseNoteAdded', 'MemberDied'] });
  });

  it('turns recorded days on the Beijing calendar into instants, the last day included', () => {
    expect(toAuditFilterVariables({ recordedFrom: '2023-11-01', recordedTo: '2023-11-15' })).toEqual({
      recordedFrom: '2023-10-31T16:00:00.000Z',
      recordedTo: '2023-11-15T16:00:00.000Z',
    });
  });

  it('passes business dates as civil dates, both ends inclusive', () => {
    expect(toAuditFilterVariables({ businessFrom: '2023-01-01', businessTo: '2023-12-31' })).toEqual({
      businessFrom: '2023-01-01',
      businessTo: '2023-12-31',
    });
  });
});

describe('links into the audit trail', () => {
  it('writes a stream, a family and the positions to mark, and reads them back', () => {
    const path = auditTrailPath({ streamId: 'subsidy-a 1', caseId: 'case-9', positions: [12, 57] });
    expect(path).toBe('/audit?stream=subsidy-a+1&case=case-9&positions=12%2C57');
    const link = readAuditLink(path.slice(path.indexOf('?')));
    expect(link.filter).toEqual({ streamId: 'subsidy-a 1', caseId: 'case-9' });
    expect([...link.marked]).toEqual([12, 57]);
  });

  it('is the plain audit trail without parameters, and drops positions that are not log positions', () => {
    expect(auditTrailPath({})).toBe('/audit');
    expect(readAuditLink('')).toEqual({ filter: {}, marked: new Set() });
    expect([...readAuditLink('?positions=3,x,-1,2.5,,9').marked]).toEqual([3, 9]);
  });
});
