import { Injectable } from '@nestjs/common';
import { careCaseDecider, careCaseStreamId, type CareCaseState } from '@careledger/domain-care-case';
import { compareCivilDates, DomainError, isCivilDate } from '@careledger/domain-kernel';
import { CommandRunner } from '../shared/command-runner';

type Ref = { readonly caseId: string; readonly personId: string };

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isRefList = (v: unknown): v is Ref[] =>
  Array.isArray(v) && v.every((r) => typeof r === 'object' && r !== null && isText((r as Ref).caseId) && isText((r as Ref).personId));

/**
 * The cross-stream rule "a person reached is a member of one of the named cases", checked
 * against the case streams themselves (folded with careCaseDecider), not the case_member read
 * model: the stream is never behind (a member registered a second ago is found), and an unknown
 * case is the care-case domain's own CASE_NOT_FOUND. Members are never removed from a case, so
 * the answer cannot be invalidated by a concurrent write: no lock or revision is needed.
 * Ill-formed lists are left to the visit decider, which names the field.
 */
@Injectable()
export class CaseMembership {
  constructor(private readonly commands: CommandRunner) {}

  async assertMembers(caseIds: unknown, persons: unknown, options: { field: string; caseField: string; on?: unknown }): Promise<void> {
    if (!Array.isArray(caseIds) || !caseIds.every(isText)) return;
    const cases = new Map<string, CareCaseState>();
    for (const caseId of new Set(caseIds.map((id) => id.trim()))) {
      const { state } = await this.commands.load(careCaseDecider, careCaseStreamId(caseId));
      if (state.status === 'initial') {
        throw new DomainError('CASE_NOT_FOUND', `Case ${caseId} does not exist`, { caseId, field: options.caseField });
      }
      cases.set(caseId, state);
    }
    if (!isRefList(persons)) return;
    for (const { caseId, personId } of persons) {
      const state = cases.get(caseId.trim());
      // A person of a case not named is the decider's VALIDATION_FAILED (caseNotVisited).
      if (!state || state.status === 'initial') continue;
      const member = state.file.members.get(personId.trim());
      if (!member) {
        const message = `Person ${personId} is not a member of case ${caseId}`;
        throw new DomainError('MEMBER_NOT_FOUND', message, { caseId, personId, field: options.field });
      }
      const on = options.on;
      if (member.diedOn !== null && isCivilDate(on) && compareCivilDates(member.diedOn, on) < 0) {
        const message = `Person ${personId} died on ${member.diedOn}, before ${on}`;
        throw new DomainError('MEMBER_DECEASED', message, { caseId, personId, diedOn: member.diedOn, field: options.field });
      }
    }
  }
}
