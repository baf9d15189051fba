import type { CareCaseEvent } from '@careledger/domain-care-case';
import { maskPhone, maskResidentId } from '@careledger/domain-kernel';
import type { RecordedEvent } from '@careledger/event-store';
import type { Transaction } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import type { Projection } from '../runner/projection';
import {
  correctMember,
  insertCase,
  insertMember,
  markMemberDied,
  selectCaseWithMembers,
  setCategory,
  setDerived,
  setStatus,
  touchCase,
  upsertContact,
  type Derived,
  type MemberCorrection,
  type Stamp,
} from './case-summary.statements';

type Trx = Transaction<ReadModelDatabase>;

/** Shown instead of a value whose key was destroyed (crypto-shredding). */
export const ERASED = '[已删除]';

const maskId = (value: string | null): string => (value === null ? ERASED : maskResidentId(value));
const maskPhoneOrNull = (value: string | null): string | null => (value === null ? null : maskPhone(value));

/**
 * Case list and case header: one row per case, its members and its two contacts.
 *
 * Head of household, member count and search text follow from the member rows. They are
 * recomputed only when those can change (a member registered, a name or relation corrected);
 * every other event on the case stamps its row (revision, time) with one UPDATE. A replay runs
 * this tens of thousands of times, so each event costs as few queries as it can.
 */
export const caseSummaryProjection: Projection = {
  name: 'case-summary',
  filter: { streamTypes: ['case'] },
  async apply(trx, recorded) {
    const event = recorded as unknown as RecordedEvent & CareCaseEvent;
    const stamp: Stamp = { case_id: event.data.caseId, revision: recorded.revision, last_recorded_at: recorded.recordedAt };
    switch (event.type) {
      case 'CaseOpened': {
        const d = event.data;
        await insertCase.execute(trx, {
          ...stamp,
          category: d.category,
          status: 'ACTIVE',
          township: d.township,
          village: d.village,
          address: d.address,
          opened_on: d.openedOn,
          exit_reason: null,
          exited_on: null,
          ...caseDerived([], d.village, d.address),
        });
        return true;
      }
      case 'MemberRegistered': {
        const d = event.data;
        const { members, village, address } = await loadCase(trx, stamp.case_id);
        await insertMember.execute(trx, {
          case_id: stamp.case_id,
          person_id: d.personId,
          // Members are never removed, so their count is the next ordinal.
          ordinal: members.length,
          name: d.name,
          id_number_masked: maskId(d.idNumber),
          relation: d.relation,
          sex: d.sex,
          birth_date: d.birthDate,
          phone_masked: maskPhoneOrNull(d.phone),
          deceased: 0,
          died_on: null,
        });
        await setDerived.execute(trx, { ...stamp, ...caseDerived([...members, d], village, address) });
        return true;
      }
      case 'MemberDetailsCorrected': {
        const c = event.data.changes;
        const set: MemberCorrection = {};
        if (c.name !== undefined) set.name = c.name;
        if (c.idNumber !== undefined) set.id_number_masked = maskId(c.idNumber);
        if (c.relation !== undefined) set.relation = c.relation;
        if (c.sex !== undefined) set.sex = c.sex;
        if (c.birthDate !== undefined) set.birth_date = c.birthDate;
        if (c.phone !== undefined) set.phone_masked = maskPhoneOrNull(c.phone);
        const columns = Object.keys(set) as (keyof MemberCorrection)[];
        if (columns.length > 0) {
          await correctMember(columns).execute(trx, { ...set, case_id: stamp.case_id, person_id: event.data.personId });
        }
        if (c.name !== undefined || c.relation !== undefined) {
          const { members, village, address } = await loadCase(trx, stamp.case_id);
          await setDerived.execute(trx, { ...stamp, ...caseDerived(members, village, address) });
        } else {
          await touchExistingCase(trx, stamp);
        }
        return true;
      }
      case 'MemberDied':
        await markMemberDied.execute(trx, { case_id: stamp.case_id, person_id: event.data.personId, died_on: event.data.diedOn });
        await touchExistingCase(trx, stamp);
        return true;
      case 'CategoryChanged':
        await setCategory.execute(trx, { ...stamp, category: event.data.to });
        return true;
      case 'ContactAssigned':
        await upsertContact.execute(trx, { case_id: stamp.case_id, role: event.data.role, name: event.data.name, phone: event.data.phone });
        await touchExistingCase(trx, stamp);
        return true;
      case 'CaseNoteAdded':
        await touchExistingCase(trx, stamp);
        return true;
      case 'CaseExited':
        await setStatus.execute(trx, { ...stamp, status: 'EXITED', exit_reason: event.data.exitReason, exited_on: event.data.exitedOn });
        return true;
      case 'CaseReopened':
        await setStatus.execute(trx, { ...stamp, status: 'ACTIVE', exit_reason: null, exited_on: null });
        return true;
      default: {
        const _exhaustive: never = event;
        return false;
      }
    }
  },
};

type NameAndRelation = { readonly name: string; readonly relation: string };

/** Head of household (the first HEAD, else the first member), member count, search haystack. */
function caseDerived(members: readonly NameAndRelation[], village: string, address: string): Derived {
  const head = members.find((m) => m.relation === 'HEAD') ?? members[0];
  return {
    head_name: head?.name ?? null,
    member_count: members.length,
    search_text: [...members.map((m) => m.name), village, address].join(' ').toLowerCase(),
  };
}

/** The case row's village and address and its members in order; throws when the case was never opened. */
async function loadCase(trx: Trx, caseId: string): Promise<{ members: NameAndRelation[]; village: string; address: string }> {
  const { rows } = await selectCaseWithMembers.execute(trx, { caseId });
  const [first] = rows;
  if (!first) throw new CaseNotOpenedError(caseId);
  const members = rows.flatMap((r) => (r.person_id === null ? [] : [{ name: r.name ?? '', relation: r.relation ?? '' }]));
  return { members, village: first.village, address: first.address };
}

/**
 * Stamps the case row. For an event that belongs to an opened case (a member, a contact, a
 * note), a missing row is an error — as it always was: this projection used to re-read the row.
 */
async function touchExistingCase(trx: Trx, stamp: Stamp): Promise<void> {
  const { numAffectedRows } = await touchCase.execute(trx, stamp);
  if (numAffectedRows === 0n) throw new CaseNotOpenedError(stamp.case_id);
}

class CaseNotOpenedError extends Error {
  constructor(caseId: string) {
    super(`case-summary: no row for ${caseId}; its CaseOpened was never applied`);
  }
}
