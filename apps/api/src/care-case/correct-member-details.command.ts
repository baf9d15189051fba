import { Inject } from '@nestjs/common';
import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import type { MemberDetailsChanges } from '@careledger/domain-care-case';
import type { PersonalDataVault } from '@careledger/event-store';
import { PERSONAL_DATA_VAULT } from '../infrastructure/tokens';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';
import { CareCaseCommandService } from './care-case-command.service';
import type { CorrectMemberDetailsInput } from './care-case.inputs';
import { idNumberHash, normalizeIdNumber } from './id-number-hash';

export class CorrectMemberDetailsCommand extends Command<CommandResult> {
  constructor(
    readonly input: CorrectMemberDetailsInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CorrectMemberDetailsCommand)
export class CorrectMemberDetailsHandler implements ICommandHandler<CorrectMemberDetailsCommand, CommandResult> {
  constructor(
    private readonly cases: CareCaseCommandService,
    @Inject(PERSONAL_DATA_VAULT) private readonly vault: PersonalDataVault,
  ) {}

  execute({ input, context }: CorrectMemberDetailsCommand): Promise<CommandResult> {
    const changes: { -readonly [K in keyof MemberDetailsChanges]: MemberDetailsChanges[K] } = {};
    if (input.name != null) changes.name = input.name;
    if (input.idNumber != null) {
      changes.idNumber = normalizeIdNumber(input.idNumber);
      changes.idNumberHash = idNumberHash(this.vault, input.idNumber);
    }
    if (input.relation != null) changes.relation = input.relation;
    if (input.birthDate != null) changes.birthDate = input.birthDate;
    // An empty string removes the phone; null/absent leaves it as it is.
    if (input.phone != null) changes.phone = input.phone.trim() === '' ? null : input.phone.trim();
    return this.cases.run(context, input, () => ({
      caseId: input.caseId,
      reason: input.reason,
      command: {
        type: 'CorrectMemberDetails',
        data: { caseId: input.caseId, personId: input.personId, changes, reason: input.reason },
      },
    }));
  }
}
