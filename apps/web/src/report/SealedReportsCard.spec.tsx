import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../test/render';
import { SealAnnualReportMutation, SealedReportsQuery, VerifySealedReportQuery } from './seal.queries';
import { SealedReportsCard, shortHash } from './SealedReportsCard';
import { captureCommand } from '../test/capture-command';

const HASH = 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12';
const OTHER = 'ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00';

const sealFixture = (sealId: string, township: string | null, position: number) => ({
  __typename: 'SealedReport' as const,
  sealId,
  year: 2023,
  township,
  position,
  headHash: 'head-hash',
  figuresHash: HASH,
  sealedOn: '2024-01-05',
  sealedAt: '2024-01-05T01:30:00.000Z',
  sealedBy: 'caseworker-xp',
  note: '报县财政局',
});

function listMock(seals: ReturnType<typeof sealFixture>[], minPosition: number | null = null): MockLink.MockedResponse {
  return { request: { query: SealedReportsQuery, variables: { year: 2023, minPosition } }, result: { data: { sealedReports: seals } } };
}

function verifyMock(matches: boolean): MockLink.MockedResponse {
  return {
    request: { query: VerifySealedReportQuery, variables: { year: 2023, sealId: 'seal-1' } },
    result: {
      data: {
        verifySealedReport: {
          __typename: 'SealVerification',
          sealId: 'seal-1',
          matches,
          figuresHash: HASH,
          regeneratedHash: matches ? HASH : OTHER,
          position: 41,
        },
      },
    },
  };
}

describe('SealedReportsCard', () => {
  it('lists the year’s seals: township or 全县, position, short hash, Shanghai time, sealer by name', async () => {
    renderWithProviders(<SealedReportsCard year={2023} township={null} />, {
      mocks: [listMock([sealFixture('seal-1', null, 41), sealFixture('seal-2', 'XP', 57)])],
    });
    await waitFor(() => expect(screen.getByText('孝坪镇') && screen.getAllByText('李梅')).toBeTruthy());
    const rows = screen.getAllByRole('row');
    const text = rows.slice(1).map((row) => row.textContent);
    expect(text[0]).toContain('全县');
    expect(text[0]).toContain('#41');
    expect(text[0]).toContain('2024-01-05 09:30:00');
    expect(text[0]).toContain('李梅');
    expect(text[1]).toContain('#57');
    expect(screen.getAllByTestId('seal-hash')[0]?.textContent).toBe(shortHash(HASH));
    expect(shortHash(HASH)).toBe('ab12cd34ef56…');
  });

  it('seals the selected year and township with the note, then reads its own write', async () => {
    const { sent, mock: sealMock } = captureCommand(SealAnnualReportMutation, { data: { sealAnnualReport: { __typename: 'CommandResult', id: '2023', createdId: 'seal-2', position: 57 } } });
    renderWithProviders(<SealedReportsCard year={2023} township="XP" />, {
      mocks: [listMock([]), sealMock, listMock([sealFixture('seal-2', 'XP', 57)], 57)],
    });
    expect(await screen.findByText('本年度尚无封存')).toBeTruthy();
    fireEvent.change(screen.getByTestId('seal-note'), { target: { value: ' 报县财政局 ' } });
    fireEvent.click(screen.getByTestId('seal-report'));
    expect(await screen.findByText('#57')).toBeTruthy();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ year: 2023, township: 'XP', note: '报县财政局' });
    expect(typeof sent[0]?.['commandId']).toBe('string');
  });

  it('核验 shows the match with the position it regenerated at', async () => {
    renderWithProviders(<SealedReportsCard year={2023} township={null} />, { mocks: [listMock([sealFixture('seal-1', null, 41)]), verifyMock(true)] });
    fireEvent.click(await screen.findByTestId('seal-verify-seal-1'));
    const ok = await screen.findByTestId('seal-verify-match');
    expect(ok.textContent).toContain('与封存一致：按第 41 条日志重新生成的数字与封存时逐字节相同');
    expect(screen.queryByTestId('seal-verify-mismatch')).toBeNull();
  });

  it('核验 shows 不一致 with both hashes when the regenerated figures differ', async () => {
    renderWithProviders(<SealedReportsCard year={2023} township={null} />, { mocks: [listMock([sealFixture('seal-1', null, 41)]), verifyMock(false)] });
    fireEvent.click(await screen.findByTestId('seal-verify-seal-1'));
    const bad = await screen.findByTestId('seal-verify-mismatch');
    expect(bad.textContent).toContain('不一致');
    expect(within(bad).getByText(HASH)).toBeTruthy();
    expect(within(bad).getByText(OTHER)).toBeTruthy();
    expect(screen.queryByTestId('seal-verify-match')).toBeNull();
  });

  it('speaks English', async () => {
    renderWithProviders(<SealedReportsCard year={2023} township={null} />, { mocks: [listMock([sealFixture('seal-1', null, 41)]), verifyMock(true)], locale: 'en' });
    fireEvent.click(await screen.findByTestId('seal-verify-seal-1'));
    expect((await screen.findByTestId('seal-verify-match')).textContent).toContain('log entry 41');
    expect(screen.getByText('Whole county')).toBeTruthy();
  });
});
