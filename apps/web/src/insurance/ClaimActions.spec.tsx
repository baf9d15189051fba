import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { ClaimActions } from './ClaimActions';
import { SettleClaimMutation } from './insurance.mutations';
import { INSURANCE_TIMELINE_SUMMARIZERS } from './insurance.registry';
import { typeDate } from '../test/antd-form';
import { captureCommand } from '../test/capture-command';

const buttons = () => ['settle', 'reject', 'withdraw', 'submit', 'send'].flatMap((a) => screen.queryByTestId(`claim-${a}-open`)?.textContent?.replace(/\s/g, '') ?? []);

describe('ClaimActions', () => {
  it('offers only the steps the status allows', () => {
    const { unmount } = renderWithProviders(<ClaimActions claimId="k1" status="REPORTED" />);
    expect(screen.queryByTestId('claim-submit-open')).toBeTruthy();
    expect(screen.queryByTestId('claim-withdraw-open')).toBeTruthy();
    expect(screen.queryByTestId('claim-settle-open')).toBeNull();
    unmount();
    renderWithProviders(<ClaimActions claimId="k1" status="SETTLED" />);
    expect(screen.getByText('本案已办结')).toBeTruthy();
    expect(screen.queryByTestId('claim-withdraw-open')).toBeNull();
  });

  it('settles with the amount typed in yuan sent as integer fen, and shows a second settlement refused', async () => {
    const { sent, mock: refusal } = captureCommand(SettleClaimMutation, { errors: [{ message: 'Claim k1 cannot SettleClaim when settled', extensions: { code: 'INVALID_TRANSITION' } }] });
    renderWithProviders(<ClaimActions claimId="k1" status="SENT_TO_INSURER" />, { mocks: [refusal] });
    expect(buttons()).toEqual(['赔付结案', '拒赔', '撤案']);
    fireEvent.click(screen.getByTestId('claim-settle-open'));
    fireEvent.change(await screen.findByTestId('claim-settle-amount'), { target: { value: '766.2' } });
    typeDate('claim-settle-on', '2023-06-15');
    fireEvent.click(screen.getByTestId('claim-settle-submit'));
    expect(await screen.findByTestId('claim-settle-error')).toBeTruthy();
    expect(sent).toEqual([{ claimId: 'k1', amountFen: 76620, settledOn: '2023-06-15', commandId: expect.any(String) }]);
  });
});

describe('insurance timeline summaries', () => {
  const context = {
    t: (key: string, params: Record<string, unknown> = {}) => `${key}${JSON.stringify(params)}`,
    label: (labels: Record<string, { zh: string }>, value: string) => labels[value]?.zh ?? value,
    memberName: (personId: string) => (personId === 'p1' ? '张*' : undefined),
  } as never;

  it('names the member and the amount in yuan, never the description', () => {
    expect(INSURANCE_TIMELINE_SUMMARIZERS.ClaimSettled({ amountFen: 76620 }, context)).toContain('"amount":"766.20"');
    const reported = INSURANCE_TIMELINE_SUMMARIZERS.ClaimReported(
      { personId: 'p1', eventType: 'HOSPITALISATION', eventOn: '2023-05-08', description: '因肺炎住院' },
      context,
    );
    expect(reported).toContain('张*');
    expect(reported).toContain('住院');
    expect(reported).not.toContain('肺炎');
  });
});
