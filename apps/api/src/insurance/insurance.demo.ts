import { COUNTY_CONTEXT_ID, type DemoCaseRef, type DemoRun, type DomainDemoSeed } from '../demo/demo-seed.types';
import { DEMO_USERS } from '../shared/actor';
import type { CommandContext } from '../shared/request-context';
import { EnrolMemberCommand } from './enrol-member.command';
import { PurchasePolicyCommand } from './purchase-policy.command';
import { RejectClaimCommand } from './reject-claim.command';
import { RemoveMemberCommand } from './remove-member.command';
import { ReportClaimCommand } from './report-claim.command';
import { SendClaimToInsurerCommand } from './send-claim-to-insurer.command';
import { SettleClaimCommand } from './settle-claim.command';
import { SubmitClaimDocumentsCommand } from './submit-claim-documents.command';
import { WithdrawClaimCommand } from './withdraw-claim.command';

const county: CommandContext = { actor: DEMO_USERS.find((u) => u.id === COUNTY_CONTEXT_ID)!, correlationId: 'demo-seed' };
const id = (step: string) => `demo-insurance-${step}`;

type ClaimStep = 'reported' | 'documents' | 'sent' | 'settled' | 'rejected' | 'withdrawn';
type DemoClaim = {
  readonly township: string;
  readonly person: number;
  readonly eventType: 'HOSPITALISATION' | 'ACCIDENT' | 'DEATH';
  readonly eventOn: string;
  readonly description: string;
  readonly until: ClaimStep;
};

/** Five claims, one per outcome (辰溪 2023 had claims settled, refused and still in progress). */
const CLAIMS: readonly DemoClaim[] = [
  { township: 'CY', person: 0, eventType: 'HOSPITALISATION', eventOn: '2023-04-03', description: '慢性阻塞性肺病急性加重住院治疗12天', until: 'settled' },
  { township: 'XP', person: 0, eventType: 'ACCIDENT', eventOn: '2023-06-12', description: '在家中跌倒致腰部扭伤', until: 'rejected' },
  { township: 'HMC', person: 0, eventType: 'HOSPITALISATION', eventOn: '2023-09-18', description: '术后并发症复查住院', until: 'sent' },
  { township: 'HXK', person: 1, eventType: 'DEATH', eventOn: '2023-11-02', description: '因病身故', until: 'documents' },
  { township: 'SX', person: 0, eventType: 'HOSPITALISATION', eventOn: '2023-08-08', description: '白内障手术住院', until: 'withdrawn' },
];

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The 2023 policy (150 元 per person, as in the seed report, the calendar year), every member of the demo families
 * enrolled, the member who died in November removed on the day of death, and five claims.
 */
export const seedInsuranceDemo: DomainDemoSeed = async (run, cases) => {
  await run(
    new PurchasePolicyCommand(
      {
        commandId: id('policy-2023'),
        year: 2023,
        insurer: '中国人寿保险股份有限公司怀化分公司',
        product: '计生特殊家庭团体意外及住院医疗保险',
        premiumPerPersonFen: 15000,
        coverageFrom: '2023-01-01',
        coverageTo: '2023-12-31',
        purchasedOn: '2022-12-20',
        targetEnrolment: 560,
      },
      county,
    ),
  );
  for (const c of cases) {
    // A family opened during the year is insured from its opening.
    const from = c.openedOn > '2023-01-01' ? c.openedOn : null;
    for (const personId of c.personIds) {
      const input = { year: 2023, caseId: c.caseId, personId, enrolledOn: from ?? '2022-12-28', coverageFrom: from ?? '2023-01-01' };
      await run(new EnrolMemberCommand({ commandId: id(`enrol-${c.index}-${personId}`), ...input }, county));
    }
  }
  const hxk = cases.find((c) => c.township === 'HXK');
  if (hxk?.personIds[1]) {
    const input = { year: 2023, caseId: hxk.caseId, personId: hxk.personIds[1], removedOn: '2023-11-02', reason: 'DECEASED' as const };
    await run(new RemoveMemberCommand({ commandId: id('remove-hxk'), ...input, note: '2023年11月2日因病去世' }, county));
  }
  for (const [n, claim] of CLAIMS.entries()) {
    const c = cases.find((ref) => ref.township === claim.township);
    if (c?.personIds[claim.person]) await seedClaim(run, c, c.personIds[claim.person]!, claim, n);
  }
};

async function seedClaim(run: DemoRun, c: DemoCaseRef, personId: string, claim: DemoClaim, n: number): Promise<void> {
  const step = (name: string) => id(`claim-${n}-${name}`);
  const reportedOn = plusDays(claim.eventOn, 3);
  const { id: claimId } = await run(
    new ReportClaimCommand(
      { commandId: step('report'), caseId: c.caseId, personId, eventType: claim.eventType, eventOn: claim.eventOn, reportedOn, description: claim.description },
      c.ctx,
    ),
  );
  if (claim.until === 'reported') return;
  if (claim.until === 'withdrawn') {
    await run(new WithdrawClaimCommand({ commandId: step('withdraw'), claimId, reason: '已由城乡居民医保全额报销，家属申请撤案', businessDate: plusDays(reportedOn, 6) }, c.ctx));
    return;
  }
  const documents = claim.eventType === 'DEATH' ? ['CLAIM_FORM', 'DEATH_CERTIFICATE', 'IDENTITY_PROOF'] as const : ['CLAIM_FORM', 'MEDICAL_INVOICE', 'DISCHARGE_SUMMARY'] as const;
  await run(new SubmitClaimDocumentsCommand({ commandId: step('documents'), claimId, documents: [...documents], submittedOn: plusDays(reportedOn, 7) }, c.ctx));
  if (claim.until === 'documents') return;
  const sentOn = plusDays(reportedOn, 10);
  await run(new SendClaimToInsurerCommand({ commandId: step('send'), claimId, sentOn, insurerRef: `GL2023-${String(n + 1).padStart(4, '0')}` }, county));
  if (claim.until === 'settled') {
    await run(new SettleClaimCommand({ commandId: step('settle'), claimId, amountFen: 76620, settledOn: plusDays(sentOn, 30) }, county));
  } else if (claim.until === 'rejected') {
    await run(new RejectClaimCommand({ commandId: step('reject'), claimId, reason: '扭伤系慢性劳损所致，不属于意外伤害保险责任', rejectedOn: plusDays(sentOn, 21) }, county));
  }
}
