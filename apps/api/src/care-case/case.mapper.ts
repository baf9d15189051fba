import type { CaseCategory, CaseStatus, ContactRole, ExitReason, MemberRelation, Sex } from '@careledger/domain-care-case';
import type { ReadModelDatabase } from '@careledger/projections';
import { actorName } from '../shared/actor';
import { townshipName } from '../reference/townships';
import type { Case, Contact, Member, TimelineEntry } from './care-case.types';

type Row<T extends keyof ReadModelDatabase> = ReadModelDatabase[T];

/** Read-model rows → GraphQL objects. The read models store the domain's own enum values. */
export const toCase = (r: Row<'case_summary'>): Case => ({
  id: r.case_id,
  category: r.category as CaseCategory,
  status: r.status as CaseStatus,
  township: r.township,
  townshipName: townshipName(r.township) ?? r.township,
  village: r.village,
  address: r.address,
  openedOn: r.opened_on,
  exitReason: r.exit_reason as ExitReason | null,
  exitedOn: r.exited_on,
  headName: r.head_name,
  memberCount: r.member_count,
  revision: r.revision,
  lastRecordedAt: r.last_recorded_at,
  asOf: null,
});

export const toMember = (r: Row<'case_member'>): Member => ({
  personId: r.person_id,
  name: r.name,
  idNumberMasked: r.id_number_masked,
  relation: r.relation as MemberRelation,
  sex: r.sex as Sex,
  birthDate: r.birth_date,
  phoneMasked: r.phone_masked,
  deceased: r.deceased === 1,
  diedOn: r.died_on,
});

export const toContact = (r: Row<'case_contact'>): Contact => ({
  role: r.role as ContactRole,
  name: r.name,
  phone: r.phone,
});

export const toTimelineEntry = (r: Omit<Row<'case_timeline'>, 'id'>): TimelineEntry => ({
  eventId: r.event_id,
  position: Number(r.position),
  streamId: r.stream_id,
  revision: r.revision,
  type: r.type,
  data: JSON.parse(r.data) as unknown,
  recordedAt: r.recorded_at,
  businessDate: r.business_date,
  actorId: r.actor_id,
  actorName: actorName(r.actor_id),
  actorRole: r.actor_role,
  actorTownship: r.actor_township,
  reason: r.reason,
  commandId: r.command_id,
  correlationId: r.correlation_id,
});
