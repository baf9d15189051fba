import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { PurchasePolicyMutation } from './insurance.mutations';
import { PurchasePolicyModal } from './PurchasePolicyModal';
import { fieldError, typeDate } from '../test/antd-form';
import { captureCommand } from '../test/capture-command';

async function fill(premium: string) {
  fireEvent.change(await screen.findByTestId('purchase-policy-year'), { target: { value: '2023' } });
  fireEvent.change(screen.getByTestId('purchase-policy-insurer'), { target: { value: ' 中国人寿 ' } });
  fireEvent.change(screen.getByTestId('purchase-policy-product'), { target: { value: '团体意外及住院医疗保险' } });
  fireEvent.change(screen.getByTestId('purchase-policy-premium'), { target: { value: premium } });
  typeDate('purchase-policy-from', '2023-01-01');
  typeDate('purchase-policy-to', '2023-12-31');
  typeDate('purchase-policy-purchased', '2022-12-20');
}

describe('PurchasePolicyModal', () => {
  it('refuses a premium with three decimals or a minus sign before anything is sent', async () => {
    renderWithProviders(<PurchasePolicyModal open onClose={() => undefined} />);
    fireEvent.change(await screen.findByTestId('purchase-policy-premium'), { target: { value: '100.005' } });
    await waitFor(() => expect(fieldError('purchase-policy-premium')).toBe('金额最多两位小数（精确到分）'));
    fireEvent.change(screen.getByTestId('purchase-policy-premium'), { target: { value: '-5' } });
    await waitFor(() => expect(fieldError('purchase-policy-premium')).toBe('金额不能为负数'));
  });

  it('sends the premium as integer fen and puts a server refusal on the field it names (English)', async () => {
    const { sent, mock: refusal } = captureCommand(PurchasePolicyMutation, {
      errors: [{ message: 'coverageTo cannot be before coverageFrom', extensions: { code: 'VALIDATION_FAILED', details: { field: 'coverageTo' } } }],
    });
    renderWithProviders(<PurchasePolicyModal open onClose={() => undefined} />, { mocks: [refusal], locale: 'en' });
    await fill('1,000.5');
    fireEvent.click(screen.getByTestId('purchase-policy-submit'));
    await waitFor(() => expect(fieldError('purchase-policy-to')).toBe('"Cover to" is invalid; please check it'));
    expect(sent).toEqual([
      expect.objectContaining({
        year: 2023,
        insurer: '中国人寿',
        premiumPerPersonFen: 100050,
        coverageFrom: '2023-01-01',
        coverageTo: '2023-12-31',
        purchasedOn: '2022-12-20',
        commandId: expect.any(String),
      }),
    ]);
  });
});
