import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fieldError, typeDate } from '../test/antd-form';
import { renderWithProviders } from '../test/render';
import { RecordDonationMutation, ReverseDonationMutation } from './donations.mutations';
import { RecordDonationModal } from './RecordDonationModal';
import { ReverseDonationModal } from './ReverseDonationModal';
import { captureCommand } from '../test/capture-command';


const recorded = { data: { recordDonation: { __typename: 'CommandResult', id: '2023', createdId: 'd-1', position: 7 } } };

describe('RecordDonationModal', () => {
  it('refuses a zero amount, three decimals, a day outside the year and an empty source before anything is sent', async () => {
    const { sent, mock } = captureCommand(RecordDonationMutation, recorded);
    renderWithProviders(<RecordDonationModal year={2023} open onClose={() => undefined} />, { mocks: [mock] });
    fireEvent.change(await screen.findByTestId('record-donation-amount'), { target: { value: '0' } });
    await waitFor(() => expect(fieldError('record-donation-amount')).toBe('金额须大于 0'));
    fireEvent.change(screen.getByTestId('record-donation-matching'), { target: { value: '1.005' } });
    await waitFor(() => expect(fieldError('record-donation-matching')).toBe('金额最多两位小数（精确到分）'));
    typeDate('record-donation-date', '2022-12-31');
    fireEvent.click(screen.getByTestId('record-donation-submit'));
    await waitFor(() => expect(fieldError('record-donation-date')).toBe('到账日期须在 2023 年内'));
    expect(fieldError('record-donation-source')).toBe('请填写来源（平台批次或捐赠单位）');
    expect(sent).toEqual([]);
  });

  it('sends integer fen with the chosen channel and the page year', async () => {
    const { sent, mock } = captureCommand(RecordDonationMutation, recorded);
    renderWithProviders(<RecordDonationModal year={2023} open onClose={() => undefined} />, { mocks: [mock] });
    fireEvent.mouseDown(await screen.findByLabelText('渠道'));
    fireEvent.click(await screen.findByTitle('银行转账'));
    fireEvent.change(screen.getByTestId('record-donation-amount'), { target: { value: '25,000.15' } });
    fireEvent.change(screen.getByTestId('record-donation-matching'), { target: { value: '1.15' } });
    typeDate('record-donation-date', '2023-05-29');
    fireEvent.change(screen.getByTestId('record-donation-source'), { target: { value: ' 辰溪县爱心企业联合会 ' } });
    fireEvent.click(screen.getByTestId('record-donation-submit'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      year: 2023,
      receivedOn: '2023-05-29',
      channel: 'BANK',
      amountFen: 2_500_015,
      matchingFen: 115,
      source: '辰溪县爱心企业联合会',
      commandId: expect.any(String),
    });
  });

  it('puts a server refusal on the field it names, in English', async () => {
    const { mock } = captureCommand(RecordDonationMutation, {
      errors: [{ message: 'amountFen must be more than 0', extensions: { code: 'VALIDATION_FAILED', details: { field: 'amountFen' } } }],
    });
    renderWithProviders(<RecordDonationModal year={2023} open onClose={() => undefined} />, { mocks: [mock], locale: 'en' });
    fireEvent.change(await screen.findByTestId('record-donation-amount'), { target: { value: '10' } });
    typeDate('record-donation-date', '2023-06-01');
    fireEvent.change(screen.getByTestId('record-donation-source'), { target: { value: 'Platform batch 6' } });
    fireEvent.click(screen.getByTestId('record-donation-submit'));
    await waitFor(() => expect(fieldError('record-donation-amount')).toBe('"Amount donated" is invalid; please check it'));
  });
});

describe('ReverseDonationModal', () => {
  it('requires a reason, then sends the donation with it', async () => {
    const { sent, mock } = captureCommand(ReverseDonationMutation, {
      data: { reverseDonation: { __typename: 'CommandResult', id: '2023', position: 9 } },
    });
    const donation = { year: 2023, donationId: 'd-0529', source: '5·29批次' };
    renderWithProviders(<ReverseDonationModal donation={donation} onClose={() => undefined} />, { mocks: [mock] });
    fireEvent.click(await screen.findByTestId('reverse-donation-submit'));
    await waitFor(() => expect(fieldError('reverse-donation-reason')).toBe('请说明原因（将记入审计记录）'));
    expect(sent).toEqual([]);
    fireEvent.change(screen.getByTestId('reverse-donation-reason'), { target: { value: ' 平台重复推送 ' } });
    fireEvent.click(screen.getByTestId('reverse-donation-submit'));
    await waitFor(() => expect(sent).toEqual([{ year: 2023, donationId: 'd-0529', reason: '平台重复推送', commandId: expect.any(String) }]));
  });
});
