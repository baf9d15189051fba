import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { activityDecider, activityStreamId, type CorrectAttendance } from '@careledger/domain-visit';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';
import { CaseMembership } from './case-membership';
import type { CorrectAttendanceInput } from './visit.inputs';

export class CorrectAttendanceCommand extends Command<CommandResult> {
  constructor(
    readonly input: CorrectAttendanceInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Adds and removes attendees of an activity, with a reason. No money moves, so one stream only. */
@CommandHandler(CorrectAttendanceCommand)
export class CorrectAttendanceHandler implements ICommandHandler<CorrectAttendanceCommand, CommandResult> {
  constructor(
    private readonly commands: CommandRunner,
    private readonly membership: CaseMembership,
  ) {}

  async execute({ input, context }: CorrectAttendanceCommand): Promise<CommandResult> {
    const add = input.add.map(({ caseId, personId }) => ({ caseId, personId }));
    const remove = input.remove.map(({ caseId, personId }) => ({ caseId, personId }));
    // A person added must belong to the case named with them (an activity may reach new families).
    await this.membership.assertMembers([...new Set(add.map((a) => a.caseId))], add, { field: 'add', caseField: 'add' });
    const command: CorrectAttendance = {
      type: 'CorrectAttendance',
      data: { activityId: input.activityId, add, remove, reason: input.reason },
    };
    return this.commands.run(activityDecider, context, input, () => ({
      id: input.activityId,
      streamId: activityStreamId(input.activityId),
      command,
      reason: input.reason,
    }));
  }
}
