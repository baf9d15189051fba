import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { careCaseDecider, careCaseStreamId } from '@careledger/domain-care-case';
import { policyDecider, policyStreamId } from '@careledger/domain-insurance';
import { compareCivilDates, DomainError, isCivilDate } from '@careledger/domain-kernel';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';
import type { EnrolMemberInput } from './insurance.inputs';

export class EnrolMemberCommand extends Command<CommandResult> {
  constructor(
    readonly input: EnrolMemberInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Enrols a member of a case in the year's policy. Membership is a rule across streams: the case
 * stream is read first (unknown case → CASE_NOT_FOUND, unknown person → MEMBER_NOT_FOUND, a person
 * who died before cover began → MEMBER_DECEASED), then the policy decides.
 *
 * Consistency: the case and policy streams are not appended together, so a death recorded on the
 * case at the same moment is not seen here. That is acceptable: members are never deleted from a
 * case, so "is a member" cannot become false; a death recorded later is handled on the policy by
 * a removal (DECEASED) dated the day of death, which keeps the cover of everything before it.
 */
@CommandHandler(EnrolMemberCommand)
export class EnrolMemberHandler implements ICommandHandler<EnrolMemberCommand, CommandResult> {
  constructor(private readonly commands: CommandRunner) {}

  async execute({ input, context }: EnrolMemberCommand): Promise<CommandResult> {
    const { caseId, personId } = input;
    const { state } = await this.commands.load(careCaseDecider, careCaseStreamId(caseId));
    if (state.status === 'initial') {
      throw new DomainError('CASE_NOT_FOUND', `Case ${caseId} does not exist`, { caseId, field: 'caseId' });
    }
    const member = state.file.members.get(personId);
    if (!member) {
      const message = `Person ${personId} is not a member of case ${caseId}`;
      throw new DomainError('MEMBER_NOT_FOUND', message, { caseId, personId, field: 'personId' });
    }
    if (member.diedOn && isCivilDate(input.coverageFrom) && compareCivilDates(member.diedOn, input.coverageFrom) < 0) {
      const message = `Person ${personId} died on ${member.diedOn}, before cover would begin`;
      throw new DomainError('MEMBER_DECEASED', message, { caseId, personId, diedOn: member.diedOn, field: 'personId' });
    }
    return this.commands.run(policyDecider, context, input, () => ({
      id: String(input.year),
      streamId: policyStreamId(input.year),
      command: {
        type: 'EnrolMember' as const,
        data: { year: input.year, caseId, personId, enrolledOn: input.enrolledOn, coverageFrom: input.coverageFrom },
      },
      createdId: personId,
      businessDate: input.enrolledOn,
    }));
  }
}
