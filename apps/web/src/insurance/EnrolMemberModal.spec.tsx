import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { FamilySearchQuery } from '../family-picker/family-search.query';
import { renderWithProviders } from '../test/render';
import { typeDate } from '../test/antd-form';
import { EnrolMemberModal } from './EnrolMemberModal';
import { EnrolMemberMutation } from './insurance.mutations';
import { captureCommand } from '../test/capture-command';

const member = (personId: string, name: string, deceased: boolean) => ({
  __typename: 'Member' as const,
  personId,
  name,
  idNumberMasked: `4301********${personId}`,
  deceased,
});

const zhang = {
  __typename: 'Case' as const,
  id: 'case-zhang',
  headName: '张*',
  townshipName: '孝坪镇',
  village: '孝坪村',
  members: [member('0001', '张*', false), member('0002', '张某某', true)],
};

const search: MockLink.MockedResponse = {
  request: { query: FamilySearchQuery, variables: (v: Record<string, unknown>) => v['first'] === 20 },
  result: { data: { cases: { __typename: 'CaseConnection', edges: [{ __typename: 'CaseEdge', node: zhang }] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function open(testId: string) {
  const select = screen.getByTestId(testId);
  fireEvent.mouseDown(select.querySelector('.ant-select-content') ?? select);
}

describe('EnrolMemberModal', () => {
  it('offers the living members of the family found, and enrols the one chosen', async () => {
    const { sent, mock: enrol } = captureCommand(EnrolMemberMutation, { data: null });
    renderWithProviders(<EnrolMemberModal year={2024} coverageFrom="2024-01-01" open onClose={() => undefined} />, {
      mocks: [search, enrol],
    });
    await screen.findByTestId('enrol-member-case');
    expect(screen.getByTestId('enrol-member-person').className).toContain('disabled');

    open('enrol-member-case');
    fireEvent.change(screen.getByTestId('enrol-member-case').querySelector('input')!, { target: { value: '张' } });
    fireEvent.click(await screen.findByTitle('张* · 孝坪镇 孝坪村'));
    await waitFor(() => expect(screen.getByTestId('enrol-member-person').className).not.toContain('disabled'));

    open('enrol-member-person');
    fireEvent.click(await screen.findByTitle('张* 4301********0001'));
    expect(screen.queryByTitle('张某某 4301********0002')).toBeNull();
    typeDate('enrol-member-enrolled-on', '2023-12-28');
    fireEvent.click(screen.getByTestId('enrol-member-submit'));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ year: 2024, caseId: 'case-zhang', personId: '0001', enrolledOn: '2023-12-28', coverageFrom: '2024-01-01' });
  });
});
