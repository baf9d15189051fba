import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import {
  claimDecider,
  claimStreamId,
  isEnrolledOn,
  policyDecider,
  policyStreamId,
  type PolicyState,
} from '@careledger/domain-insurance';
import { compareCivilDates, isCivilDate, validationFailed } from '@careledger/domain-kernel';
import { deriveId } from '../infrastructure/ids';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';
import type { ReportClaimInput } from './insurance.inputs';

export class ReportClaimCommand extends Command<CommandResult> {
  constructor(
    readonly input: ReportClaimInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

type Candidate = { readonly year: number; readonly state: PolicyState };

/**
 * Reports a claim. Whether the person was insured on the event date is decided on the policy
 * streams: the handler loads the policies whose cover includes `eventOn` (the named one, else that
 * year's and the previous year's, whose cover may run into this year), asks each whether this
 * member of this case was enrolled that day, and passes the answer to the claim decider as
 * `enrolledOnEventDate` (false → MEMBER_NOT_ENROLLED, nothing appended).
 *
 * Consistency: the policy read and the claim append are not one transaction. What can race is a
 * MemberRemoved appended to the policy between the load and the claim's append. It is acceptable
 * because the question is "covered on eventOn", not "enrolled now": removedOn is the last day of
 * cover, so a removal dated on or after the event (the usual case: death from what is claimed,
 * leaving later) does not change the answer. Only a removal backdated before the event and
 * recorded in the same instant could let a claim through; it then still has to pass the insurer,
 * who checks its own roster before settling, and the claim list shows it for review. Locking the
 * policy stream for every claim would serialise all claims of a year on one stream for that rare
 * case, so we do not.
 */
@CommandHandler(ReportClaimCommand)
export class ReportClaimHandler implements ICommandHandler<ReportClaimCommand, CommandResult> {
  constructor(private readonly commands: CommandRunner) {}

  async execute({ input, context }: ReportClaimCommand): Promise<CommandResult> {
    const { caseId, personId, eventOn } = input;
    if (!isCivilDate(eventOn)) throw validationFailed('eventOn', 'eventOn must be a civil date YYYY-MM-DD');
    const eventYear = Number(eventOn.slice(0, 4));
    const years = input.policyYear != null ? [input.policyYear] : [eventYear, eventYear - 1];
    const covering: Candidate[] = [];
    for (const year of years) {
      const { state } = await this.commands.load(policyDecider, policyStreamId(year));
      if (covers(state, eventOn)) covering.push({ year, state });
    }
    const enrolled = covering.find(({ state }) => enrolledInCase(state, caseId, personId, eventOn));
    const policyYear = enrolled?.year ?? covering[0]?.year ?? input.policyYear ?? eventYear;

    return this.commands.run(claimDecider, context, input, (commandId) => {
      const claimId = input.claimId ?? deriveId(commandId, 'claim');
      return {
        id: claimId,
        streamId: claimStreamId(claimId),
        createdId: claimId,
        businessDate: input.reportedOn,
        command: {
          type: 'ReportClaim' as const,
          data: {
            claimId,
            policyYear,
            caseId,
            personId,
            eventType: input.eventType,
            eventOn,
            reportedOn: input.reportedOn,
            description: input.description,
            enrolledOnEventDate: enrolled !== undefined,
          },
        },
      };
    });
  }
}

function covers(state: PolicyState, day: string): boolean {
  return (
    state.status === 'purchased' &&
    compareCivilDates(state.terms.coverageFrom, day) <= 0 &&
    compareCivilDates(day, state.terms.coverageTo) <= 0
  );
}

/** Enrolled on `day`, and through this family (a person is enrolled through one case). */
function enrolledInCase(state: PolicyState, caseId: string, personId: string, day: string): boolean {
  if (state.status !== 'purchased') return false;
  const periods = state.enrolments.get(personId) ?? [];
  return periods.some((period) => period.caseId === caseId) && isEnrolledOn(state, personId, day);
}
