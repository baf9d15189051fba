import { randomUUID } from 'node:crypto';
import { claimDecider, claimStreamId, isEnrolledOn, policyDecider, policyStreamId, type ClaimCommand } from '@careledger/domain-insurance';
import type { Family } from './care-case.workload';
import { plusDays } from './civil-days';
import { caseworkerOf, COUNTY, type BenchActor, type DecidedWriter } from './decided-writer';

/**
 * Both members enrolled in the year's policy from the day the case opened (policy-<year>), and a
 * hospitalisation claim of the head (claim-<id>) reported, documented, sent and settled. The
 * claim's `enrolledOnEventDate` is asked of the policy's folded state, as the API's handler does.
 * 6 events.
 */
export async function seedInsurance(writer: DecidedWriter, family: Family): Promise<void> {
  const { year, caseId, openedOn } = family;
  const caseworker = caseworkerOf(family.township);
  for (const personId of [family.headId, family.spouseId]) {
    await writer.run(
      policyDecider,
      policyStreamId(year),
      { type: 'EnrolMember', data: { year, caseId, personId, enrolledOn: openedOn, coverageFrom: openedOn } },
      { actor: COUNTY, businessDate: openedOn },
    );
  }

  const claimId = randomUUID();
  const run = (command: ClaimCommand, actor: BenchActor, businessDate: string) =>
    writer.run(claimDecider, claimStreamId(claimId), command, { actor, businessDate });
  const eventOn = plusDays(openedOn, 40);
  const reportedOn = plusDays(eventOn, 3);
  const policy = writer.stateOf(policyDecider, policyStreamId(year));
  await run(
    {
      type: 'ReportClaim',
      data: {
        claimId,
        policyYear: year,
        caseId,
        personId: family.headId,
        eventType: 'HOSPITALISATION',
        eventOn,
        reportedOn,
        description: '住院治疗12天',
        enrolledOnEventDate: isEnrolledOn(policy, family.headId, eventOn),
      },
    },
    caseworker,
    reportedOn,
  );
  const documents = ['CLAIM_FORM', 'MEDICAL_INVOICE', 'DISCHARGE_SUMMARY'] as const;
  await run({ type: 'SubmitClaimDocuments', data: { claimId, documents, submittedOn: plusDays(reportedOn, 7) } }, caseworker, plusDays(reportedOn, 7));
  const sentOn = plusDays(reportedOn, 10);
  await run({ type: 'SendClaimToInsurer', data: { claimId, sentOn, insurerRef: `GL${year}-${family.index}` } }, COUNTY, sentOn);
  await run({ type: 'SettleClaim', data: { claimId, amountFen: 76_620, settledOn: plusDays(sentOn, 30) } }, COUNTY, plusDays(sentOn, 30));
}
