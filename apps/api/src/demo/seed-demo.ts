import type { CommandBus } from '@nestjs/cqrs';
import type { EventStore } from '@careledger/event-store';
import { AddCaseNoteCommand } from '../care-case/add-case-note.command';
import { AssignContactCommand } from '../care-case/assign-contact.command';
import { CorrectMemberDetailsCommand } from '../care-case/correct-member-details.command';
import { ExitCaseCommand } from '../care-case/exit-case.command';
import { OpenCaseCommand } from '../care-case/open-case.command';
import { RecordMemberDeathCommand } from '../care-case/record-member-death.command';
import { RegisterMemberCommand } from '../care-case/register-member.command';
import { ChangeCaseCategoryCommand } from '../care-case/change-case-category.command';
import { DEMO_USERS } from '../shared/actor';
import type { CommandContext } from '../shared/request-context';
import type { CommandResult } from '../shared/command-result.type';
import { DEMO_CASES, demoIdNumber } from './demo-data';
import type { DemoCaseRef, DomainDemoSeed } from './demo-seed.types';
import { seedFundDemo } from '../fund/fund.demo';
import { seedInsuranceDemo } from '../insurance/insurance.demo';
import { seedVisitDemo } from '../visit/visit.demo';
import { seedNursingSubsidyDemo } from '../nursing-subsidy/nursing-subsidy.demo';
import { seedDonationDemo } from '../donation/donation.demo';

const DOMAIN_SEEDS: readonly DomainDemoSeed[] = [seedFundDemo, seedInsuranceDemo, seedVisitDemo, seedNursingSubsidyDemo, seedDonationDemo];

const contextFor = (township: string): CommandContext => ({
  actor: DEMO_USERS.find((u) => u.township === township) ?? DEMO_USERS.find((u) => u.role === 'county_officer')!,
  correlationId: 'demo-seed',
});

/**
 * Seeds the demo case files through the command bus, exactly as a user's mutations would, so the
 * demo exercises the deciders, the store and the projections. Command ids are fixed, so the demo
 * is the same on every machine, and an interrupted seed resumes without duplicates.
 * Only an empty store is seeded.
 */
export async function seedDemoData(
  bus: CommandBus,
  store: EventStore,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<boolean> {
  if ((await store.head()).position > 0) return false;
  const run = (command: Parameters<CommandBus['execute']>[0]) => bus.execute(command) as Promise<CommandResult>;
  const total = DEMO_CASES.length + DOMAIN_SEEDS.length;

  const refs: DemoCaseRef[] = [];
  for (const [index, demo] of DEMO_CASES.entries()) {
    const ctx = contextFor(demo.township);
    const id = (step: string) => `demo-${index}-${step}`;
    const { id: caseId } = await run(
      new OpenCaseCommand(
        { commandId: id('open'), category: demo.category, township: demo.township, village: demo.village, address: demo.address, openedOn: demo.openedOn },
        ctx,
      ),
    );
    const personIds: string[] = [];
    for (const [m, member] of demo.members.entries()) {
      const result = await run(
        new RegisterMemberCommand(
          {
            commandId: id(`member-${m}`),
            caseId,
            name: member.name,
            idNumber: demoIdNumber(member.birthDate, member.sequence),
            relation: member.relation,
            birthDate: member.birthDate,
            phone: member.phone ?? null,
            businessDate: demo.openedOn,
          },
          ctx,
        ),
      );
      personIds.push(result.createdId!);
    }
    await run(new AssignContactCommand({ commandId: id('contact-t'), caseId, role: 'TOWNSHIP', name: demo.contacts.township, phone: null, businessDate: demo.openedOn }, ctx));
    await run(new AssignContactCommand({ commandId: id('contact-v'), caseId, role: 'VILLAGE', name: demo.contacts.village, phone: null, businessDate: demo.openedOn }, ctx));
    if (demo.note) await run(new AddCaseNoteCommand({ commandId: id('note'), caseId, text: demo.note, businessDate: '2023-06-01' }, ctx));
    await seedHistory(index, caseId, personIds, ctx, run, id);
    refs.push({ index, caseId, township: demo.township, openedOn: demo.openedOn, personIds, ctx });
    onProgress(index + 1, total);
  }
  // Then each care domain's records of these families, in dependency order: a visit's cash aid
  // needs the fund, a claim needs the policy.
  for (const [n, seed] of DOMAIN_SEEDS.entries()) {
    await seed(run, refs);
    onProgress(DEMO_CASES.length + n + 1, total);
  }
  return true;
}

/** A few later events, so timelines show corrections, deaths, category changes and exits. */
async function seedHistory(
  index: number,
  caseId: string,
  personIds: readonly string[],
  ctx: CommandContext,
  run: (command: Parameters<CommandBus['execute']>[0]) => Promise<CommandResult>,
  id: (step: string) => string,
): Promise<void> {
  switch (DEMO_CASES[index]!.township) {
    case 'CY':
      await run(new CorrectMemberDetailsCommand({ commandId: id('fix-phone'), caseId, personId: personIds[0]!, phone: '13807455678', reason: '户主更换了手机号码', businessDate: '2023-04-10' }, ctx));
      break;
    case 'HXK':
      await run(new RecordMemberDeathCommand({ commandId: id('death'), caseId, personId: personIds[1]!, diedOn: '2023-11-02' }, ctx));
      break;
    case 'SPX':
      await run(new ChangeCaseCategoryCommand({ commandId: id('category'), caseId, category: 'BEREAVED', reason: '独生子女于2023年8月因病去世，经核实转为失独家庭', businessDate: '2023-09-05' }, ctx));
      break;
    case 'AP':
      await run(new ExitCaseCommand({ commandId: id('exit'), caseId, exitReason: 'MOVED_AWAY', exitedOn: '2023-09-01', reason: '随亲属迁往怀化市鹤城区' }, ctx));
      break;
    default:
      break;
  }
}
