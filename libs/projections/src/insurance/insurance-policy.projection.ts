import type { PolicyEvent } from '@careledger/domain-insurance';
import type { RecordedEvent } from '@careledger/event-store';
import type { Projection } from '../runner/projection';
import { closePeriod, countPeriods, insertPeriod, insertPolicy, recountPolicy } from './insurance-policy.statements';

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
        await insertPolicy.execute(trx, {
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
        return true;
      }
      case 'MemberEnrolled': {
        const d = event.data;
        const key = { policy_year: d.year, person_id: d.personId };
        const { rows } = await countPeriods.execute(trx, key);
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
        await recountPolicy.execute(trx, stamp);
        return true;
      }
      case 'MemberRemoved': {
        const d = event.data;
        await closePeriod.execute(trx, {
          policy_year: d.year,
          person_id: d.personId,
          removed_on: d.removedOn,
          removal_reason: d.reason,
          removal_note: d.note,
        });
        await recountPolicy.execute(trx, stamp);
        return true;
      }
      default: {
        const _exhaustive: never = event;
        return false;
      }
    }
  },
};
