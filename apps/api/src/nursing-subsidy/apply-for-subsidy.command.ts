import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { careCaseDecider, careCaseStreamId } from '@careledger/domain-care-case';
import { DomainError, isCivilDate, validationFailed } from '@careledger/domain-kernel';
import type { AppConfig } from '@careledger/platform';
import { getLiveSubsidyApplicationsOfPerson, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { deriveId } from '../infrastructure/ids';
import { APP_CONFIG, READ_DB } from '../infrastructure/tokens';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';
import { KeyedLock } from './keyed-lock';
import type { ApplyForSubsidyInput } from './nursing-subsidy.inputs';
import { SubsidyCommandService } from './subsidy-command.service';
import { usageOfPerson } from './person-usage';
import { SubsidyReadModelSync } from './subsidy-read-model-sync';

export class ApplyForSubsidyCommand extends Command<CommandResult> {
  constructor(
    readonly input: ApplyForSubsidyInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Applies for one hospital stay. The overlap rule and the yearly caps span the person's OTHER
 * applications, so the handler reads them (stays and usage by year) and passes them to the decider.
 *
 * Consistency. What can race: (1) two applications of one person at once — both would read the
 * same usage and could both pass the overlap and cap checks, since each is appended to its own
 * stream; (2) the read model lagging behind the log, so a just-appended application is not seen.
 * How it is prevented here: ApplyForSubsidy is serialised per person with an in-process keyed lock;
 * inside it the handler waits until the subsidy read model has applied every subsidy event in the
 * log, reads the person's live applications from it, decides and appends, and releases the lock
 * only after the read model shows its own write. So the next application of that person always
 * sees this one. Multi-instance deployment: the in-process lock is not enough; serialise per person
 * in the store instead (append a marker to a `subsidy-person-<personId>` stream with an expected
 * revision in the same transaction, or take a PostgreSQL advisory lock on the person id).
 */
@CommandHandler(ApplyForSubsidyCommand)
export class ApplyForSubsidyHandler implements ICommandHandler<ApplyForSubsidyCommand, CommandResult> {
  private readonly perPerson = new KeyedLock();

  constructor(
    private readonly subsidies: SubsidyCommandService,
    private readonly commands: CommandRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly readModel: SubsidyReadModelSync,
    @Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>,
  ) {}

  async execute({ input, context }: ApplyForSubsidyCommand): Promise<CommandResult> {
    await this.assertPatientMayApply(input);
    return this.perPerson.run(input.personId, async () => {
      await this.readModel.caughtUp();
      const usage = usageOfPerson(await getLiveSubsidyApplicationsOfPerson(this.db, input.personId));
      return this.subsidies.run(context, input, (commandId) => {
        const applicationId = input.applicationId ?? deriveId(commandId, 'subsidy');
        return {
          applicationId,
          createdId: applicationId,
          command: {
            type: 'ApplyForSubsidy',
            data: {
              applicationId,
              caseId: input.caseId,
              personId: input.personId,
              hospitalName: input.hospitalName,
              hospitalGrade: input.hospitalGrade,
              diagnosisCategory: input.diagnosisCategory,
              admittedOn: input.admittedOn,
              dischargedOn: input.dischargedOn,
              ruleSets: this.config.subsidyRules,
              ...usage,
            },
          },
        };
      });
    });
  }

  /**
   * The patient must be a member of the case. A member who has died may still be subsidised for
   * the stay that ended with (or before) the death — the family applies afterwards — but not for a
   * stay admitted after it; likewise a case that exited keeps its stays from before the exit.
   */
  private async assertPatientMayApply(input: ApplyForSubsidyInput): Promise<void> {
    const { state } = await this.commands.load(careCaseDecider, careCaseStreamId(input.caseId));
    if (state.status === 'initial') {
      throw new DomainError('CASE_NOT_FOUND', `Case ${input.caseId} does not exist`, { caseId: input.caseId, field: 'caseId' });
    }
    const member = state.file.members.get(input.personId);
    if (!member) {
      const message = `Person ${input.personId} is not a member of case ${input.caseId}`;
      throw new DomainError('MEMBER_NOT_FOUND', message, { caseId: input.caseId, personId: input.personId, field: 'personId' });
    }
    if (!isCivilDate(input.admittedOn) || !isCivilDate(input.dischargedOn)) return; // the decider names the field
    const { diedOn } = member;
    if (diedOn !== null && input.admittedOn > diedOn) {
      const message = `Person ${input.personId} died on ${diedOn}, before this admission`;
      throw new DomainError('MEMBER_DECEASED', message, { caseId: input.caseId, personId: input.personId, diedOn, field: 'admittedOn' });
    }
    if (diedOn !== null && input.dischargedOn > diedOn) {
      throw validationFailed('dischargedOn', 'dischargedOn cannot be after the recorded death', { max: diedOn });
    }
    if (state.status === 'exited' && input.admittedOn >= state.exitedOn) {
      const message = `Case ${input.caseId} exited on ${state.exitedOn}, before this admission`;
      throw new DomainError('CASE_EXITED', message, { caseId: input.caseId, exitedOn: state.exitedOn, field: 'admittedOn' });
    }
  }
}
