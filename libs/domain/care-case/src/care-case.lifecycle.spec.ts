import { deciderSpec } from '@careledger/domain-kernel';
import type { CareCaseCommand, ExitCase, ReopenCase } from './care-case.commands';
import { careCaseDecider } from './care-case.decider';
import type { ExitReason } from './care-case.vocabulary';
import {
  caseExited,
  caseId,
  caseOpened,
  caseReopened,
  father,
  openCase,
  registerMember,
} from './testing/care-case.fixtures';

const spec = deciderSpec(careCaseDecider);

const exitCase = (exitedOn: string, exitReason: ExitReason = 'MOVED_AWAY'): ExitCase => ({
  type: 'ExitCase',
  data: { caseId, exitReason, exitedOn, reason: null },
});
const reopenCase = (reopenedOn: string, reason = '迁回本乡'): ReopenCase => ({
  type: 'ReopenCase',
  data: { caseId, reopenedOn, reason },
});

describe('OpenCase', () => {
  it('opens a case with trimmed text fields', () => {
    const padded = { ...openCase.data, village: ' 长田湾村 ', address: '  长田湾村3组12号' };
    spec.given([]).when({ type: 'OpenCase', data: padded }).then([caseOpened]);
  });

  it('refuses to open a case twice', () => {
    spec.given([caseOpened]).when(openCase).thenThrows('CASE_ALREADY_EXISTS', { caseId });
  });

  it.each(['township', 'village', 'address'] as const)('refuses a blank %s', (field) => {
    spec
      .given([])
      .when({ type: 'OpenCase', data: { ...openCase.data, [field]: '   ' } })
      .thenThrows('VALIDATION_FAILED', { field });
  });

  it('refuses an impossible opening date', () => {
    spec
      .given([])
      .when({ type: 'OpenCase', data: { ...openCase.data, openedOn: '2023-02-29' } })
      .thenThrows('VALIDATION_FAILED', { field: 'openedOn' });
  });

  it('refuses a category outside the vocabulary', () => {
    const data = { ...openCase.data, category: 'POOR' } as unknown as typeof openCase.data;
    spec.given([]).when({ type: 'OpenCase', data }).thenThrows('VALIDATION_FAILED', { field: 'category' });
  });
});

describe('any other command before the case is opened', () => {
  const commands: CareCaseCommand[] = [
    registerMember(father),
    {
      type: 'CorrectMemberDetails',
      data: { caseId, personId: father.personId, changes: { name: '张三' }, reason: '录入错误' },
    },
    { type: 'RecordMemberDeath', data: { caseId, personId: father.personId, diedOn: '2023-05-01' } },
    { type: 'ChangeCategory', data: { caseId, category: 'HARDSHIP', reason: '复核' } },
    { type: 'AssignContact', data: { caseId, role: 'VILLAGE', name: '王芳', phone: null } },
    { type: 'AddCaseNote', data: { caseId, noteId: 'n1', text: '电话回访' } },
    exitCase('2023-05-01'),
    reopenCase('2023-05-01'),
  ];

  it.each(commands.map((command) => [command.type, command] as const))(
    '%s is refused with CASE_NOT_FOUND',
    (_type, command) => {
      spec.given([]).when(command).thenThrows('CASE_NOT_FOUND', { caseId });
    },
  );
});

describe('ExitCase', () => {
  it('exits an active case on or after the opening date', () => {
    spec.given([caseOpened]).when(exitCase('2023-03-01')).then([caseExited('2023-03-01')]);
  });

  it('refuses to exit an exited case', () => {
    spec.given([caseOpened, caseExited('2023-06-01')]).when(exitCase('2023-06-01')).thenThrows('CASE_EXITED');
  });

  it('refuses an exit dated before the case was opened', () => {
    spec
      .given([caseOpened])
      .when(exitCase('2023-02-28'))
      .thenThrows('VALIDATION_FAILED', { field: 'exitedOn', min: '2023-03-01' });
  });

  it('refuses an exit dated before the latest reopening', () => {
    spec
      .given([caseOpened, caseExited('2023-06-01'), caseReopened('2023-08-01')])
      .when(exitCase('2023-07-01'))
      .thenThrows('VALIDATION_FAILED', { field: 'exitedOn', min: '2023-08-01' });
  });

  it('refuses an impossible exit date and an unknown exit reason', () => {
    spec
      .given([caseOpened])
      .when(exitCase('2023-06-31'))
      .thenThrows('VALIDATION_FAILED', { field: 'exitedOn' });
    spec
      .given([caseOpened])
      .when(exitCase('2023-06-01', 'EMIGRATED' as ExitReason))
      .thenThrows('VALIDATION_FAILED', { field: 'exitReason' });
  });
});

describe('ReopenCase', () => {
  const exited = [caseOpened, caseExited('2023-06-01')];

  it('reopens an exited case on or after the exit date, and it can exit again', () => {
    spec.given(exited).when(reopenCase('2023-06-01')).then([caseReopened('2023-06-01')]);
    spec
      .given([...exited, caseReopened('2023-06-01')])
      .when(exitCase('2023-09-01'))
      .then([caseExited('2023-09-01')]);
  });

  it('refuses to reopen an active case', () => {
    spec.given([caseOpened]).when(reopenCase('2023-06-01')).thenThrows('CASE_NOT_EXITED');
  });

  it('requires a reason', () => {
    spec
      .given(exited)
      .when(reopenCase('2023-07-01', '  '))
      .thenThrows('REASON_REQUIRED', { field: 'reason' });
  });

  it('refuses a reopening dated before the exit', () => {
    spec
      .given(exited)
      .when(reopenCase('2023-05-31'))
      .thenThrows('VALIDATION_FAILED', { field: 'reopenedOn', min: '2023-06-01' });
  });
});
