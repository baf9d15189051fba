import type { PolicyEvent } from '@careledger/domain-insurance';
import type { RecordedEvent } from '@careledger/event-store';
import type { Transaction } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import type { Projection } from '../runner/projection';
import { adjustPolicy, closePeriod, countPeriods, insertPeriod, insertPolicy, personInsured, recountPolicy } from './insurance-policy.statements';

/**
 * Policies and their enrolment periods: one row per policy year with its enrolled count and
 * premium total, one row per period of cover of each person.
 */
export const insurancePolicyProjection: Projection = {
  name: 'insurance-policy',
  filter: { streamTypes: ['policy'] },
  async apply(trx, recorded) {
    const event = recorded as unknown as RecordedEvent & PolicyEvent;
    const stamp = { policy_year: event.data.year, revision: recorded.revision, last_recorded_at: recorded.recordedAt };
    switch (event.type) {
      case 'PolicyPurchased': {
        const d = event.data;
        const { numAffectedRows } = await insertPolicy.execute(trx, {
          ...stamp,
          insurer: d.insurer,
          product: d.product,
          premium_per_person_fen: d.premiumPerPersonFen,
          coverage_from: d.coverageFrom,
          coverage_to: d.coverageTo,
          purchased_on: d.purchasedOn,
          target_enrolment: d.targetEnrolment,
          enrolled_count: 0,
          insured_persons: 0,
          premium_total_fen: 0,
        });
        // A new policy row starts from the periods already there (none, in a log the deciders wrote).
        if (numAffectedRows) await recountPolicy.execute(trx, { policy_year: d.year });
        return true;
      }
      case 'MemberEnrolled': {
        const d = event.data;
        const key = { policy_year: d.year, person_id: d.personId };
        const { rows } = await countPeriods.execute(trx, key);
        const wasInsured = await isInsured(trx, key);
        await insertPeriod.execute(trx, {
          ...key,
          period_no: Number(rows[0]?.n ?? 0),
          case_id: d.caseId,
          enrolled_on: d.enrolledOn,
          coverage_from: d.coverageFrom,
          removed_on: null,
          removal_reason: null,
          removal_note: null,
        });
        // The new period is open.
        await adjustPolicy.execute(trx, { ...stamp, open_delta: 1, insured_delta: (await isInsured(trx, key)) - wasInsured });
        return true;
      }
      case 'MemberRemoved': {
        const d = event.data;
        const key = { policy_year: d.year, person_id: d.personId };
        const wasInsured = await isInsured(trx, key);
        const { numAffectedRows } = await closePeriod.execute(trx, {
          ...key,
          removed_on: d.removedOn,
          removal_reason: d.reason,
          removal_note: d.note,
        });
        const closed = Number(numAffectedRows ?? 0n);
        await adjustPolicy.execute(trx, { ...stamp, open_delta: -closed, insured_delta: (await isInsured(trx, key)) - wasInsured });
        return true;
      }
      default: {
        const _exhaustive: never = event;
        return false;
      }
    }
  },
};

/** 1 if the person counts as insured in the policy now (see personInsured), else 0. */
async function isInsured(trx: Transaction<ReadModelDatabase>, key: { policy_year: number; person_id: string }): Promise<number> {
  const { rows } = await personInsured.execute(trx, key);
  return Number(rows[0]?.insured ?? 0);
}
