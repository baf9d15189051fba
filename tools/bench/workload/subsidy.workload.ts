import { randomUUID } from 'node:crypto';
import {
  nursingSubsidyDecider,
  nursingSubsidyStreamId,
  type NursingSubsidyCommand,
  type SubsidyRules,
} from '@careledger/domain-nursing-subsidy';
import type { Family } from './care-case.workload';
import { plusDays } from './civil-days';
import { caseworkerOf, COUNTY, type BenchActor, type DecidedWriter } from './decided-writer';

/**
 * The head's nursing-subsidy application for a 12-day county hospital stay, through its whole
 * workflow to payment: applied (under the configured rule sets, as the API passes them), approved
 * by the township and the county, the 7-day notice posted and closed, submitted to the sunshine
 * system, paid by one-card and confirmed. 8 events.
 */
export async function seedSubsidy(writer: DecidedWriter, family: Family, ruleSets: readonly SubsidyRules[]): Promise<void> {
  const applicationId = randomUUID();
  const streamId = nursingSubsidyStreamId(applicationId);
  const run = (command: NursingSubsidyCommand, actor: BenchActor, businessDate: string) =>
    writer.run(nursingSubsidyDecider, streamId, command, { actor, businessDate });
  const caseworker = caseworkerOf(family.township);
  const admittedOn = plusDays(family.openedOn, 40);
  const dischargedOn = plusDays(admittedOn, 12);
  const appliedOn = plusDays(dischargedOn, 2);

  const { events } = await run(
    {
      type: 'ApplyForSubsidy',
      data: {
        applicationId,
        caseId: family.caseId,
        personId: family.headId,
        hospitalName: '辰溪县人民医院',
        hospitalGrade: 'LEVEL_2A',
        diagnosisCategory: family.index % 2 === 0 ? 'CARDIO_CEREBROVASCULAR' : 'MALIGNANT_TUMOUR',
        admittedOn,
        dischargedOn,
        ruleSets,
        // The head's only application: nothing of the year is used up yet.
        otherStaysOfPerson: [],
        daysAlreadyPaidByYear: {},
        fenAlreadyPaidByYear: {},
      },
    },
    caseworker,
    appliedOn,
  );
  const applied = events[0];
  if (applied?.type !== 'SubsidyApplied') throw new Error('ApplyForSubsidy decided no SubsidyApplied');
  const on = (days: number) => plusDays(appliedOn, days);
  await run({ type: 'ReviewByTownship', data: { applicationId, decision: 'APPROVED', opinion: '材料齐全，同意上报' } }, caseworker, on(2));
  await run({ type: 'ReviewByCounty', data: { applicationId, decision: 'APPROVED', opinion: '同意' } }, COUNTY, on(6));
  await run({ type: 'PostNotice', data: { applicationId, postedOn: on(7) } }, COUNTY, on(7));
  await run({ type: 'CloseNotice', data: { applicationId, closedOn: on(14), objections: null } }, COUNTY, on(14));
  await run({ type: 'SubmitToSunshine', data: { applicationId, externalRef: `YG-431223-${family.year}-${family.index}`, submittedOn: on(15) } }, COUNTY, on(15));
  const issuedOn = on(20);
  const period = issuedOn.slice(0, 7).replace('-', '');
  const amountFen = applied.data.computation.amountFen;
  await run({ type: 'IssuePayment', data: { applicationId, batchId: `YKT-${period}-01`, period, amountFen, issuedOn } }, COUNTY, issuedOn);
  await run({ type: 'ConfirmPayment', data: { applicationId, paidOn: on(24) } }, COUNTY, on(24));
}
