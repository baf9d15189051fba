import { randomUUID } from 'node:crypto';
import {
  activityDecider,
  activityStreamId,
  visitDecider,
  visitStreamId,
  type HoldActivity,
  type RecordVisit,
} from '@careledger/domain-visit';
import type { Family } from './care-case.workload';
import { plusDays } from './civil-days';
import { caseworkerOf, COUNTY, type DecidedWriter } from './decided-writer';
import { fundRemainingFen, recordCharged } from './fund-charge.workload';
import { careFundId } from './year-setup.workload';

// The descriptions the API gives the fund lines (apps/api/src/visit/visit-charge.ts).
const VISIT_CHARGE_DESCRIPTION = '走访慰问现金救助';
const ACTIVITY_CHARGE_DESCRIPTION = '集体活动慰问金';

/** A home visit to the couple (every third a holiday visit): 500 元 from the year's care action fund and a bag of rice. */
export async function seedVisit(writer: DecidedWriter, family: Family): Promise<void> {
  const visitId = randomUUID();
  const visitedOn = plusDays(family.openedOn, 20);
  const actor = caseworkerOf(family.township);
  const fundId = careFundId(family.year);
  const { caseId } = family;
  const command: RecordVisit = {
    type: 'RecordVisit',
    data: {
      visitId,
      visitType: family.index % 3 === 0 ? 'HOLIDAY' : 'HOME',
      visitedOn,
      township: family.township,
      visitors: ['刘芳', '村计生专干'],
      caseIds: [caseId],
      personsReached: [
        { caseId, personId: family.headId },
        { caseId, personId: family.spouseId },
      ],
      needsFound: ['屋顶漏雨需维修'],
      followUp: { action: '联系村委会安排维修', dueOn: plusDays(visitedOn, 14) },
      cashAidFen: 50_000,
      fundId,
      goods: [{ description: '大米', quantity: 1, valueFen: 12_000 }],
      fundRemainingFen: fundRemainingFen(writer, fundId),
    },
  };
  const { cashAidFen } = command.data;
  const streamId = visitStreamId(visitId);
  await recordCharged(writer, { decider: visitDecider, streamId, command, fundId, cashAidFen, actor, spentOn: visitedOn, description: VISIT_CHARGE_DESCRIPTION });
}

/** A county-wide gathering at a 暖心家园 for the heads of `families`, 20 元 each from the care action fund. */
export async function seedActivity(writer: DecidedWriter, families: readonly Family[]): Promise<void> {
  const last = families[families.length - 1];
  if (!last) return;
  const activityId = randomUUID();
  const heldOn = plusDays(last.openedOn, 30);
  const fundId = careFundId(last.year);
  const attendees = families.map((f) => ({ caseId: f.caseId, personId: f.headId }));
  const command: HoldActivity = {
    type: 'HoldActivity',
    data: {
      activityId,
      venueKind: 'WARM_HEART_HOME',
      venueName: '辰阳镇暖心家园',
      heldOn,
      topic: '暖心家园集中慰问',
      township: null,
      attendees,
      cashAidFen: 2_000 * attendees.length,
      fundId,
      fundRemainingFen: fundRemainingFen(writer, fundId),
    },
  };
  const { cashAidFen } = command.data;
  const streamId = activityStreamId(activityId);
  await recordCharged(writer, { decider: activityDecider, streamId, command, fundId, cashAidFen, actor: COUNTY, spentOn: heldOn, description: ACTIVITY_CHARGE_DESCRIPTION });
}
