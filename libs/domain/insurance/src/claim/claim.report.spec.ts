import { deciderSpec } from '@careledger/domain-kernel';
import type { ClaimEventType } from '../insurance.vocabulary';
import type { ClaimCommand, ReportClaim } from './claim.commands';
import { claimDecider } from './claim.decider';
import { claimId, claimReported, reportClaim } from '../testing/claim.fixtures';

const spec = deciderSpec(claimDecider);
const report = (overrides: Partial<ReportClaim['data']>): ReportClaim => ({
  type: 'ReportClaim',
  data: { ...reportClaim.data, ...overrides },
});

describe('ReportClaim', () => {
  it('reports a claim of an enrolled member, with a trimmed description', () => {
    spec.given([]).when(report({ description: `  ${reportClaim.data.description} ` })).then([claimReported]);
  });

  it('accepts a report on the day of the event', () => {
    spec
      .given([])
      .when(report({ reportedOn: '2023-05-08' }))
      .then([{ type: 'ClaimReported', data: { ...claimReported.data, reportedOn: '2023-05-08' } }]);
  });

  it('refuses a member who was not enrolled on the event date', () => {
    spec
      .given([])
      .when(report({ enrolledOnEventDate: false }))
      .thenThrows('MEMBER_NOT_ENROLLED', { year: 2023, personId: 'p-mother', on: '2023-05-08' });
  });

  it('is already done when the same report is made again', () => {
    spec.given([claimReported]).when(reportClaim).then([]);
  });

  it('refuses the same claim id with other details', () => {
    spec
      .given([claimReported])
      .when(report({ eventOn: '2023-05-07' }))
      .thenThrows('ALREADY_EXISTS', { kind: 'claim', claimId });
  });

  it('refuses a report dated before the event', () => {
    spec
      .given([])
      .when(report({ reportedOn: '2023-05-07' }))
      .thenThrows('VALIDATION_FAILED', { field: 'reportedOn', min: '2023-05-08' });
  });

  it.each([
    ['eventOn', { eventOn: '2023-02-29' }],
    ['reportedOn', { reportedOn: '2023/05/10' }],
    ['eventType', { eventType: 'ILLNESS' as ClaimEventType }],
    ['description', { description: '   ' }],
    ['description', { description: '住'.repeat(501) }],
    ['policyYear', { policyYear: Number.NaN }],
  ])('refuses an invalid %s', (field, overrides) => {
    spec.given([]).when(report(overrides)).thenThrows('VALIDATION_FAILED', { field });
  });
});

describe('any other command before the claim is reported', () => {
  const commands: ClaimCommand[] = [
    {
      type: 'SubmitClaimDocuments',
      data: { claimId, documents: ['CLAIM_FORM'], submittedOn: '2023-05-20' },
    },
    { type: 'SendClaimToInsurer', data: { claimId, sentOn: '2023-05-25', insurerRef: 'LP1' } },
    { type: 'SettleClaim', data: { claimId, amountFen: 100, settledOn: '2023-06-15' } },
    { type: 'RejectClaim', data: { claimId, reason: '不在保险责任范围', rejectedOn: '2023-06-15' } },
    { type: 'WithdrawClaim', data: { claimId, reason: '家属放弃' } },
  ];

  it.each(commands.map((command) => [command.type, command] as const))(
    '%s is refused with NOT_FOUND',
    (_type, command) => {
      spec.given([]).when(command).thenThrows('NOT_FOUND', { kind: 'claim', claimId });
    },
  );
});
