import { useState } from 'react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../test/render';
import type { FamilyNode } from './family-search.query';
import { FamilySearchQuery } from './family-search.query';
import { FamilySelect, type PickedFamily } from './FamilySelect';

function family(id: string, headName: string | null, village: string): FamilyNode {
  return {
    __typename: 'Case',
    id,
    headName,
    townshipName: '孝坪镇',
    village,
    members: headName
      ? [{ __typename: 'Member', personId: `${id}-head`, name: headName, idNumberMasked: '4301**********1234', deceased: false }]
      : [],
  };
}

const zhang = family('case-zhang', '张*', '孝坪村');
const li = family('case-li', '李*', '枫木村');
const empty = family('case-empty', null, '孝坪村');

/** The server's answer to `search` (null: nothing typed), as often as it is asked. */
function found(search: string | null, families: FamilyNode[]): MockLink.MockedResponse {
  return {
    request: { query: FamilySearchQuery, variables: { search, first: 20 } },
    result: { data: { cases: { __typename: 'CaseConnection', edges: families.map((node) => ({ __typename: 'CaseEdge', node })) } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const searches = [found(null, [zhang, empty]), found('张', [zhang]), found('李', [li])];

function open(testId: string) {
  const select = screen.getByTestId(testId);
  fireEvent.mouseDown(select.querySelector('.ant-select-content') ?? select);
}

function type(testId: string, text: string) {
  fireEvent.change(screen.getByTestId(testId).querySelector('input')!, { target: { value: text } });
}

/** The Select as a form drives it: controlled by a value the test can read. */
function Multiple({ onIds }: { readonly onIds: (ids: string[]) => void }) {
  const [ids, setIds] = useState<string[]>([]);
  const change = (next: string[]) => {
    setIds(next);
    onIds(next);
  };
  return <FamilySelect mode="multiple" ariaLabel="家庭" testId="families" value={ids} onChange={change} />;
}

function Single({ initial, disabled, onPicked }: { readonly initial?: PickedFamily; readonly disabled?: boolean; readonly onPicked?: (f: FamilyNode) => void }) {
  const [id, setId] = useState<string | undefined>(initial?.id);
  return (
    <FamilySelect mode="single" ariaLabel="家庭档案" testId="family" value={id} onChange={setId} initial={initial} disabled={disabled} onPicked={onPicked} />
  );
}

describe('FamilySelect', () => {
  it('offers the families the server finds for what is typed, labelled by head, township and village', async () => {
    renderWithProviders(<Single />, { mocks: searches });
    open('family');
    expect(await screen.findByTitle('张* · 孝坪镇 孝坪村')).toBeTruthy();
    expect(screen.getByTitle('（未登记成员） · 孝坪镇 孝坪村')).toBeTruthy();

    type('family', ' 李 ');
    expect(await screen.findByTitle('李* · 孝坪镇 枫木村')).toBeTruthy();
    expect(screen.queryByTitle('张* · 孝坪镇 孝坪村')).toBeNull();
    expect(screen.getByRole('combobox', { name: '家庭档案' })).toBeTruthy();
  });

  it('labels the options in English too', async () => {
    renderWithProviders(<Single />, { mocks: searches, locale: 'en' });
    open('family');
    expect(await screen.findByTitle('(no members yet) · 孝坪镇 孝坪村')).toBeTruthy();
  });

  it('in multiple mode keeps the chosen families labelled after the search moves on', async () => {
    const chosen: string[][] = [];
    renderWithProviders(<Multiple onIds={(ids) => chosen.push(ids)} />, { mocks: searches });
    open('families');
    type('families', '张');
    fireEvent.click(await screen.findByTitle('张* · 孝坪镇 孝坪村'));
    type('families', '李');
    fireEvent.click(await screen.findByTitle('李* · 孝坪镇 枫木村'));

    expect(chosen.at(-1)).toEqual(['case-zhang', 'case-li']);
    const shown = screen.getByTestId('families').textContent ?? '';
    expect(shown).toContain('张* · 孝坪镇 孝坪村');
    expect(shown).toContain('李* · 孝坪镇 枫木村');
    expect(shown).not.toContain('case-zhang');
  });

  it('in single mode shows the initial family the form already knows, and asks nothing when disabled', async () => {
    let asked = 0;
    const counted: MockLink.MockedResponse = { ...found(null, [zhang]), request: { query: FamilySearchQuery, variables: () => ++asked > 0 } };
    renderWithProviders(<Single initial={{ id: 'case-own', label: '王* · 孝坪镇 新村' }} disabled />, { mocks: [counted] });
    await waitFor(() => expect(screen.getByTestId('family').textContent).toContain('王* · 孝坪镇 新村'));
    expect(screen.getByTestId('family').className).toContain('disabled');
    expect(asked).toBe(0);
  });

  it('offers the initial family beside the found ones when it can still be changed', async () => {
    renderWithProviders(<Single initial={{ id: 'case-own', label: '王* · 孝坪镇 新村' }} />, { mocks: searches });
    open('family');
    await screen.findByTitle('张* · 孝坪镇 孝坪村');
    const options = [...document.querySelectorAll('.ant-select-item-option')].map((option) => option.getAttribute('title'));
    expect(options).toEqual(['王* · 孝坪镇 新村', '张* · 孝坪镇 孝坪村', '（未登记成员） · 孝坪镇 孝坪村']);
  });

  it('hands the chosen family with its members to onPicked', async () => {
    const picked: FamilyNode[] = [];
    renderWithProviders(<Single onPicked={(f) => picked.push(f)} />, { mocks: searches });
    open('family');
    type('family', '李');
    fireEvent.click(await screen.findByTitle('李* · 孝坪镇 枫木村'));

    await waitFor(() => expect(picked).toHaveLength(1));
    expect(picked[0]).toMatchObject({ id: 'case-li', members: [{ personId: 'case-li-head', name: '李*', idNumberMasked: '4301**********1234', deceased: false }] });
  });
});
