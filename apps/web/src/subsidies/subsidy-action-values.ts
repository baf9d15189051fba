import { optionalText } from '../forms/field-rules';
import type { SubsidyAction } from './subsidy-actions';
import { periodOf } from './subsidy-form-rules';
import { fenOf, fenToYuan } from '../money/yuan-fen';

/** What the action forms hold: text as typed, dates as civil dates, the amount in yuan. */
export type ActionValues = Readonly<Record<string, string | undefined>>;

/** Business dates default to today; the period to today's month; the amount to the computed one. */
export function initialActionValues(action: SubsidyAction, today: string, amountFen: number): ActionValues {
  switch (action) {
    case 'postNotice':
      return { postedOn: today };
    case 'closeNotice':
      return { closedOn: today };
    case 'refuseAfterNotice':
      return { refusedOn: today };
    case 'submitToSunshine':
      return { submittedOn: today };
    case 'issuePayment':
      return { period: periodOf(today), amountFen: fenToYuan(amountFen, { grouped: false }), issuedOn: today };
    case 'reissuePayment':
      return { period: periodOf(today), issuedOn: today };
    case 'confirmPayment':
      return { paidOn: today };
    case 'recordFailure':
      return { failedOn: today };
    case 'settleReimbursement':
      return { settledOn: today };
    case 'townshipReview':
    case 'countyReview':
    case 'supplement':
    case 'withdraw':
      return {};
    default: {
      const _exhaustive: never = action;
      return _exhaustive;
    }
  }
}

const trimmed = (value: string | undefined): string => value?.trim() ?? '';

/**
 * The command's fields from the form: text trimmed, an empty opinion or objection sent as null
 * ("no remarks"), the amount parsed from yuan to integer fen (never through a float).
 */
export function actionFields(values: ActionValues): Record<string, string | number | null> {
  const fields: Record<string, string | number | null> = {};
  for (const [name, value] of Object.entries(values)) {
    if (name === 'amountFen') {
      fields[name] = fenOf(trimmed(value));
    } else if (name === 'opinion' || name === 'objections') {
      fields[name] = optionalText(value) ?? null;
    } else {
      fields[name] = trimmed(value);
    }
  }
  return fields;
}
