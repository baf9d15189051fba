import { buildResidentId } from '@careledger/domain-kernel';
import type { BrowserSession } from './session';

type Api = Pick<BrowserSession, 'graphql'>;

const OPEN_CASE = `mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }`;
const REGISTER_MEMBER = `mutation ($input: RegisterMemberInput!) { registerMember(input: $input) { id createdId } }`;
const ALLOCATE_BUDGET = `mutation ($input: AllocateBudgetInput!) { allocateBudget(input: $input) { id } }`;

/** A spec's own family: a unique head name keeps it apart from the demo families and from reruns. */
export interface Family {
  readonly head: string;
  readonly birthDate: string;
  readonly village?: string;
  readonly address?: string;
  readonly openedOn?: string;
}

// Odd sequences: the head is a man (GB 11643); a new one per family keeps ID numbers apart.
let sequence = 301;

/**
 * Opens a bereaved family in 辰阳镇 (the default caseworker's township) with its head registered,
 * through the API, as another user would have before the test's user arrives.
 */
export async function openFamily(api: Api, family: Family): Promise<{ caseId: string; personId: string }> {
  const { openCase } = await api.graphql<{ openCase: { id: string } }>(OPEN_CASE, {
    input: {
      category: 'BEREAVED',
      township: 'CY',
      village: family.village ?? '潭湾村',
      address: family.address ?? '二组8号',
      openedOn: family.openedOn ?? '2021-03-15',
    },
  });
  sequence += 2;
  const { registerMember } = await api.graphql<{ registerMember: { createdId: string } }>(REGISTER_MEMBER, {
    input: {
      caseId: openCase.id,
      name: family.head,
      idNumber: buildResidentId({ birthDate: family.birthDate, sequence }),
      relation: 'HEAD',
      birthDate: family.birthDate,
    },
  });
  return { caseId: openCase.id, personId: registerMember.createdId };
}

/** Allocates a fund's yearly budget as the county officer; returns the fund id (`<year>-<code>`). */
export async function allocateFund(
  api: Api,
  fund: { readonly year: number; readonly code: string; readonly name: string; readonly amountFen: number },
): Promise<string> {
  const { allocateBudget } = await api.graphql<{ allocateBudget: { id: string } }>(
    ALLOCATE_BUDGET,
    { input: { ...fund, purpose: '计生特殊家庭走访慰问', allocatedOn: `${fund.year}-01-10` } },
    'county-officer',
  );
  return allocateBudget.id;
}

/** A name no other run of the spec has used: `prefix` plus the clock's last digits. */
export const uniqueName = (prefix: string): string => `${prefix}${Date.now() % 100000}`;
