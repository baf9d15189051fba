import type { CareCaseEventType } from './care-case.events';
import type { PersonalDataPolicy, PersonalDataRule } from '@careledger/domain-kernel';

/**
 * Personal data in care-case events, encrypted at rest with the data key of one person so that
 * destroying the key erases it everywhere (crypto-shredding) while the rest of the history stays
 * verifiable. Paths are dot paths into the event's `data`; `subject` is the path of the person
 * id whose key is used. Plain data, so the event store can apply it without knowing the domain.
 *
 * Names, birth dates and ID tails are left out on purpose: the case file, masked displays and
 * reports still need them after an ID number or phone number has been erased.
 */
export const careCasePersonalData: PersonalDataPolicy = {
  MemberRegistered: { subject: 'personId', fields: ['idNumber', 'phone'] },
  MemberDetailsCorrected: { subject: 'personId', fields: ['changes.idNumber', 'changes.phone'] },
} satisfies Partial<Record<CareCaseEventType, PersonalDataRule>>;
