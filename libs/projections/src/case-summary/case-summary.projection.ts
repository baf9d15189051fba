import type { CareCaseEvent } from '@careledger/domain-care-case';
import { maskPhone, maskResidentId } from '@careledger/domain-kernel';
import type { RecordedEvent } from '@careledger/event-store';
import type { Transaction } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import type { Projection } from '../runner/projection';

type Trx = Transaction<ReadModelDatabase>;

/** Shown instead of a value whose key was destroyed (crypto-shredding). */
export const ERASED = '[已删除]';

const maskId = (value: string | null): string => (value === null ? ERASED : maskResidentId(value));
const maskPhoneOrNull = (value: string | null): string | null => (value === null ? null : maskPhone(value));

/** Case list and case header: one row per case, its members and its two contacts. */
export const caseSummaryProjection: Projection = {
  name: 'case-summary',
  filter: { streamTypes: ['case'] },
  async apply(trx, recorded) {
    const event = recorded as unknown as RecordedEvent & CareCaseEvent;
    const caseId = event.data.caseId;
    switch (event.type) {
      case 'CaseOpened':
        await trx
          .insertInto('case_summary')
          .values({
            case_id: caseId,
            category: event.data.category,
            status: 'ACTIVE',
            township: event.data.township,
            village: event.data.village,
            address: event.data.address,
            opened_on: event.data.openedOn,
            exit_reason: null,
            exited_on: null,
            head_name: null,
            member_count: 0,
            revision: recorded.revision,
            last_recorded_at: recorded.recordedAt,
            search_text: '',
          })
          .execute();
        await refreshDerived(trx, caseId);
        return true;
      case 'MemberRegistered': {
        const d = event.data;
        const { count } = await trx
          .selectFrom('case_member')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .where('case_id', '=', caseId)
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('case_member')
          .values({
            case_id: caseId,
            person_id: d.personId,
            ordinal: Number(count),
            name: d.name,
            id_number_masked: maskId(d.idNumber),
            relation: d.relation,
            sex: d.sex,
            birth_date: d.birthDate,
            phone_masked: maskPhoneOrNull(d.phone),
            deceased: 0,
            died_on: null,
          })
          .execute();
        break;
      }
      case 'MemberDetailsCorrected': {
        const c = event.data.changes;
        const set: Partial<ReadModelDatabase['case_member']> = {};
        if (c.name !== undefined) set.name = c.name;
        if (c.idNumber !== undefined) set.id_number_masked = maskId(c.idNumber);
        if (c.relation !== undefined) set.relation = c.relation;
        if (c.sex !== undefined) set.sex = c.sex;
        if (c.birthDate !== undefined) set.birth_date = c.birthDate;
        if (c.phone !== undefined) set.phone_masked = maskPhoneOrNull(c.phone);
        if (Object.keys(set).length > 0) {
          await trx
            .updateTable('case_member')
            .set(set)
            .where('case_id', '=', caseId)
            .where('person_id', '=', event.data.personId)
            .execute();
        }
        break;
      }
      case 'MemberDied':
        await trx
          .updateTable('case_member')
          .set({ deceased: 1, died_on: event.data.diedOn })
          .where('case_id', '=', caseId)
          .where('person_id', '=', event.data.personId)
          .execute();
        break;
      case 'CategoryChanged':
        await updateCase(trx, recorded, { category: event.data.to });
        return true;
      case 'ContactAssigned':
        await trx
          .insertInto('case_contact')
          .values({ case_id: caseId, role: event.data.role, name: event.data.name, phone: event.data.phone })
          .onConflict((oc) =>
            oc.columns(['case_id', 'role']).doUpdateSet({ name: event.data.name, phone: event.data.phone }),
          )
          .execute();
        break;
      case 'CaseNoteAdded':
        break;
      case 'CaseExited':
        await updateCase(trx, recorded, {
          status: 'EXITED',
          exit_reason: event.data.exitReason,
          exited_on: event.data.exitedOn,
        });
        return true;
      case 'CaseReopened':
        await updateCase(trx, recorded, { status: 'ACTIVE', exit_reason: null, exited_on: null });
        return true;
      default: {
        const _exhaustive: never = event;
        return false;
      }
    }
    await updateCase(trx, recorded, {});
    await refreshDerived(trx, caseId);
    return true;
  },
};

async function updateCase(
  trx: Trx,
  recorded: RecordedEvent,
  set: Partial<ReadModelDatabase['case_summary']>,
): Promise<void> {
  await trx
    .updateTable('case_summary')
    .set({ ...set, revision: recorded.revision, last_recorded_at: recorded.recordedAt })
    .where('case_id', '=', (recorded.data as { caseId: string }).caseId)
    .execute();
}

/** Head of household, member count and the search haystack follow from the member rows. */
async function refreshDerived(trx: Trx, caseId: string): Promise<void> {
  const members = await trx
    .selectFrom('case_member')
    .select(['name', 'relation'])
    .where('case_id', '=', caseId)
    .orderBy('ordinal')
    .execute();
  const summary = await trx
    .selectFrom('case_summary')
    .select(['village', 'address'])
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow();
  const head = members.find((m) => m.relation === 'HEAD') ?? members[0];
  await trx
    .updateTable('case_summary')
    .set({
      head_name: head?.name ?? null,
      member_count: members.length,
      search_text: [...members.map((m) => m.name), summary.village, summary.address].join(' ').toLowerCase(),
    })
    .where('case_id', '=', caseId)
    .execute();
}
