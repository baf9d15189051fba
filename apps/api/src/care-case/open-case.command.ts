import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { validationFailed } from '@careledger/domain-kernel';
import { deriveId } from '../infrastructure/ids';
import { isTownship } from '../reference/townships';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { CareCaseCommandService } from './care-case-command.service';
import type { OpenCaseInput } from './care-case.inputs';

export class OpenCaseCommand extends Command<CommandResult> {
  constructor(
    readonly input: OpenCaseInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(OpenCaseCommand)
export class OpenCaseHandler implements ICommandHandler<OpenCaseCommand, CommandResult> {
  constructor(private readonly cases: CareCaseCommandService) {}

  execute({ input, context }: OpenCaseCommand): Promise<CommandResult> {
    if (!isTownship(input.township)) throw validationFailed('township', `Unknown township "${input.township}"`);
    return this.cases.run(context, input, (commandId) => {
      const caseId = input.caseId ?? deriveId(commandId, 'case');
      return {
        caseId,
        businessDate: input.openedOn,
        command: {
          type: 'OpenCase',
          data: {
            caseId,
            category: input.category,
            township: input.township,
            village: input.village,
            address: input.address,
            openedOn: input.openedOn,
          },
        },
      };
    });
  }
}
