import { deciderSpec } from '@careledger/domain-kernel';
import type { AddCaseNote, AssignContact, ChangeCategory } from './care-case.commands';
import { careCaseDecider } from './care-case.decider';
import type { CaseNoteAdded, CategoryChanged, ContactAssigned } from './care-case.events';
import type { CaseCategory, ContactRole } from './care-case.vocabulary';
import { caseExited, caseId, caseOpened } from './testing/care-case.fixtures';

const spec = deciderSpec(careCaseDecider);
const exited = [caseOpened, caseExited()];

describe('ChangeCategory', () => {
  const change = (category: CaseCategory, reason = '伤残等级复核为三级'): ChangeCategory => ({
    type: 'ChangeCategory',
    data: { caseId, category, reason },
  });
  const changed = (from: CaseCategory, to: CaseCategory): CategoryChanged => ({
    type: 'CategoryChanged',
    data: { caseId, from, to },
  });

  it('records the change from the current category', () => {
    spec.given([caseOpened]).when(change('DISABLED_CHILD')).then([changed('BEREAVED', 'DISABLED_CHILD')]);
  });

  it('compares with the latest category', () => {
    const given = [caseOpened, changed('BEREAVED', 'HARDSHIP')];
    spec.given(given).when(change('HARDSHIP')).then([]);
    spec.given(given).when(change('BEREAVED')).then([changed('HARDSHIP', 'BEREAVED')]);
  });

  it('is already done when the category is unchanged', () => {
    spec.given([caseOpened]).when(change('BEREAVED')).then([]);
  });

  it('requires a reason', () => {
    spec.given([caseOpened]).when(change('HARDSHIP', ' ')).thenThrows('REASON_REQUIRED', { field: 'reason' });
  });

  it('is refused on an exited case', () => {
    spec.given(exited).when(change('HARDSHIP')).thenThrows('CASE_EXITED');
  });
});

describe('AssignContact', () => {
  const assign = (name: string, phone: string | null, role: ContactRole = 'VILLAGE'): AssignContact => ({
    type: 'AssignContact',
    data: { caseId, role, name, phone },
  });
  const assigned = (name: string, phone: string | null, role: ContactRole = 'VILLAGE'): ContactAssigned => ({
    type: 'ContactAssigned',
    data: { caseId, role, name, phone },
  });

  it('assigns a contact with a trimmed name and phone', () => {
    spec.given([caseOpened]).when(assign(' 王芳 ', ' 0745-5221234 ')).then([assigned('王芳', '0745-5221234')]);
  });

  it('is already done when the same contact holds that role', () => {
    spec.given([caseOpened, assigned('王芳', '13912345678')]).when(assign('王芳', '13912345678')).then([]);
  });

  it('records a changed phone, and treats each role separately', () => {
    const given = [caseOpened, assigned('王芳', '13912345678')];
    spec.given(given).when(assign('王芳', null)).then([assigned('王芳', null)]);
    spec
      .given(given)
      .when(assign('王芳', '13912345678', 'TOWNSHIP'))
      .then([assigned('王芳', '13912345678', 'TOWNSHIP')]);
  });

  it('refuses a blank name and an invalid phone', () => {
    spec.given([caseOpened]).when(assign('  ', null)).thenThrows('VALIDATION_FAILED', { field: 'name' });
    spec
      .given([caseOpened])
      .when(assign('王芳', '5221234'))
      .thenThrows('VALIDATION_FAILED', { field: 'phone' });
  });

  it('is refused on an exited case', () => {
    spec.given(exited).when(assign('王芳', null)).thenThrows('CASE_EXITED');
  });
});

describe('AddCaseNote', () => {
  const add = (text: string, noteId = 'n-1'): AddCaseNote => ({
    type: 'AddCaseNote',
    data: { caseId, noteId, text },
  });
  const added = (text: string, noteId = 'n-1'): CaseNoteAdded => ({
    type: 'CaseNoteAdded',
    data: { caseId, noteId, text },
  });

  it('adds a trimmed note', () => {
    spec.given([caseOpened]).when(add('  春节前电话回访，情绪稳定。 ')).then([added('春节前电话回访，情绪稳定。')]);
  });

  it('accepts 2000 characters and refuses 2001', () => {
    spec.given([caseOpened]).when(add('记'.repeat(2000))).then([added('记'.repeat(2000))]);
    spec
      .given([caseOpened])
      .when(add('记'.repeat(2001)))
      .thenThrows('VALIDATION_FAILED', { field: 'text', max: 2000 });
  });

  it('refuses a blank note', () => {
    spec.given([caseOpened]).when(add(' \n ')).thenThrows('VALIDATION_FAILED', { field: 'text' });
  });

  it('is already done when the same note id arrives again', () => {
    spec.given([caseOpened, added('电话回访')]).when(add('电话回访')).then([]);
    spec.given([caseOpened, added('电话回访')]).when(add('另一条', 'n-2')).then([added('另一条', 'n-2')]);
  });

  it('is allowed on an exited case', () => {
    spec.given(exited).when(add('已迁往怀化市，档案转出。')).then([added('已迁往怀化市，档案转出。')]);
  });
});
