import { Inject } from '@nestjs/common';
import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import type { PersonalDataVault } from '@careledger/event-store';
import { deriveId } from '../infrastructure/ids';
import { PERSONAL_DATA_VAULT } from '../infrastructure/tokens';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { CareCaseCommandService } from './care-case-command.service';
import type { RegisterMemberInput } from './care-case.inputs';
import { idNumberHash, normalizeIdNumber } from './id-number-hash';

export class RegisterMemberCommand extends Command<CommandResult> {
  constructor(
    readonly input: RegisterMemberInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RegisterMemberCommand)
export class RegisterMemberHandler implements ICommandHandler<RegisterMemberCommand, CommandResult> {
  constructor(
    private readonly cases: CareCaseCommandService,
    @Inject(PERSONAL_DATA_VAULT) private readonly vault: PersonalDataVault,
  ) {}

  execute({ input, context }: RegisterMemberCommand): Promise<CommandResult> {
    return this.cases.run(context, input, (commandId) => {
      const personId = deriveId(commandId, 'person');
      return {
        caseId: input.caseId,
        createdId: personId,
        command: {
          type: 'RegisterMember',
          data: {
            caseId: input.caseId,
            personId,
            name: input.name,
            idNumber: normalizeIdNumber(input.idNumber),
            idNumberHash: idNumberHash(this.vault, input.idNumber),
            relation: input.relation,
            birthDate: input.birthDate,
            phone: input.phone?.trim() || null,
          },
        },
      };
    });
  }
}
