import {
  assertCivilDate,
  assertFen,
  compareCivilDates,
  requireOneOf,
  requireText,
  validationFailed,
} from '@careledger/domain-kernel';
import { requireCashAid } from '../shared/cash-aid';
import { VISIT_TYPES } from '../shared/care-aid.vocabulary';
import { requireIdList, requireList, requirePersonRefs } from '../shared/person-ref';
import type { VisitDetailsInput } from './visit.commands';
import type { FollowUp, GoodsItem, VisitDetails } from './visit.events';

/**
 * Validates a whole visit and returns it normalised (text trimmed, fund null without cash).
 * Recording and amending both go through here, so an amendment can never produce a visit that
 * could not have been recorded that way in the first place.
 */
export function validateVisitDetails(input: VisitDetailsInput): VisitDetails {
  const visitedOn = assertCivilDate('visitedOn', input.visitedOn);
  const caseIds = requireIdList('caseIds', input.caseIds, { min: 1 });
  const { cashAidFen, fundId } = requireCashAid(input);
  return {
    visitType: requireOneOf('visitType', input.visitType, VISIT_TYPES),
    visitedOn,
    township: requireText('township', input.township, { max: 50 }),
    visitors: requireTextList('visitors', input.visitors, { min: 1, max: 50 }),
    caseIds,
    personsReached: requirePersonsReached(input.personsReached, caseIds),
    needsFound: requireTextList('needsFound', input.needsFound, { min: 0, max: 500 }),
    followUp: requireFollowUp(input.followUp, visitedOn),
    cashAidFen,
    fundId,
    goods: requireList('goods', input.goods, 0).map(requireGoodsItem),
  };
}

function requireTextList(
  field: string,
  value: unknown,
  { min, max }: { min: number; max: number },
): string[] {
  return requireList(field, value, min).map((text, i) => requireText(`${field}[${i}]`, text, { max }));
}

function requirePersonsReached(value: unknown, caseIds: readonly string[]) {
  const persons = requirePersonRefs('personsReached', value, { min: 0 });
  const outsider = persons.find((person) => !caseIds.includes(person.caseId));
  if (outsider) {
    throw validationFailed('personsReached', 'a person reached must belong to one of the visited cases', {
      rule: 'caseNotVisited',
      ...outsider,
    });
  }
  return persons;
}

function requireFollowUp(value: FollowUp | null, visitedOn: string): FollowUp | null {
  if (value === null || value === undefined) return null;
  const action = requireText('followUp.action', value.action, { max: 500 });
  const dueOn = assertCivilDate('followUp.dueOn', value.dueOn);
  if (compareCivilDates(dueOn, visitedOn) < 0) {
    const message = 'a follow-up cannot be due before the visit';
    throw validationFailed('followUp.dueOn', message, { min: visitedOn });
  }
  return { action, dueOn };
}

function requireGoodsItem(value: unknown, i: number): GoodsItem {
  const item = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const quantity = item['quantity'];
  if (typeof quantity !== 'number' || !Number.isSafeInteger(quantity) || quantity < 1) {
    throw validationFailed(`goods[${i}].quantity`, 'quantity must be a whole number of at least 1');
  }
  return {
    description: requireText(`goods[${i}].description`, item['description'], { max: 100 }),
    quantity,
    valueFen: assertFen(`goods[${i}].valueFen`, item['valueFen']),
  };
}
