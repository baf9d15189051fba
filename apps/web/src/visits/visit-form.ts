import type { RecordVisitInput, VisitType } from '../gql/graphql';
import { yuanToFen } from '../money/yuan-fen';

/** The record-visit form as antd holds it: money as a 元 string, persons as 'caseId|personId'. */
export type VisitFormValues = {
  visitType: VisitType;
  visitedOn: string;
  township: string;
  visitors: string[];
  caseIds: string[];
  personsReached?: string[];
  needsFound?: string;
  followUpAction?: string;
  followUpDueOn?: string;
  cashAidFen?: string;
  fundId?: string;
  goods?: { description?: string; quantity?: number; value?: string }[];
};

export const personKey = (caseId: string, personId: string): string => `${caseId}|${personId}`;

function personRef(key: string) {
  const [caseId = '', personId = ''] = key.split('|');
  return { caseId, personId };
}

/** Form values → the mutation input; money parsed from 元 strings to integer fen (never floats). */
export function toRecordVisitInput(values: VisitFormValues): Omit<RecordVisitInput, 'commandId'> {
  const caseIds = values.caseIds;
  const action = values.followUpAction?.trim();
  const cashAidFen = yuanToFen(values.cashAidFen) ?? 0;
  return {
    visitType: values.visitType,
    visitedOn: values.visitedOn,
    township: values.township,
    visitors: values.visitors.map((v) => v.trim()).filter(Boolean),
    caseIds,
    // Only people of cases still selected (a case removed after picking its members drops them).
    personsReached: (values.personsReached ?? []).map(personRef).filter((p) => caseIds.includes(p.caseId)),
    needsFound: (values.needsFound ?? '').split('\n').map((line) => line.trim()).filter(Boolean),
    followUp: action && values.followUpDueOn ? { action, dueOn: values.followUpDueOn } : null,
    cashAidFen,
    fundId: cashAidFen > 0 ? (values.fundId ?? null) : null,
    goods: (values.goods ?? [])
      .filter((g) => g.description?.trim())
      .map((g) => ({ description: g.description!.trim(), quantity: g.quantity ?? 1, valueFen: yuanToFen(g.value) ?? 0 })),
  };
}
