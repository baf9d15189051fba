import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { AdjustAllocationModal } from './AdjustAllocationModal';
import { AdjustAllocationMutation, RecordExpenditureMutation } from './fund-commands.mutations';
import { RecordExpenditureModal } from './RecordExpenditureModal';
import { fieldError, typeDate } from '../test/antd-form';
import { captureCommand } from '../test/capture-command';


async function chooseCategory(label: string) {
  fireEvent.mouseDown(screen.getByLabelText('支出类别'));
  fireEvent.click(await screen.findByTitle(label));
}

describe('RecordExpenditureModal', () => {
  it('refuses zero, three decimals and text before anything is sent (Chinese)', async () => {
    renderWithProviders(<RecordExpenditureModal fundId="2023-care-action" open onClose={() => undefined} />);
    const amount = await screen.findByTestId('record-expenditure-amount');
    fireEvent.change(amount, { target: { value: '0' } });
    await waitFor(() => expect(fieldError('record-expenditure-amount')).toBe('金额须大于 0'));
    fireEvent.change(amount, { target: { value: '12.345' } });
    await waitFor(() => expect(fieldError('record-expenditure-amount')).toBe('金额最多两位小数（精确到分）'));
    fireEvent.change(amount, { target: { value: '十元' } });
    await waitFor(() => expect(fieldError('record-expenditure-amount')).toBe('请输入金额（元），如 2000.00'));
  });

  it('sends integer fen and shows INSUFFICIENT_FUNDS on the amount it names', async () => {
    const { sent, mock } = captureCommand(RecordExpenditureMutation, {
      errors: [{ message: 'Fund has 100 fen left', extensions: { code: 'INSUFFICIENT_FUNDS', details: { field: 'amountFen' } } }],
    });
    renderWithProviders(<RecordExpenditureModal fundId="2023-care-action" open onClose={() => undefined} />, { mocks: [mock] });
    await chooseCategory('专项经费');
    fireEvent.change(screen.getByTestId('record-expenditure-amount'), { target: { value: '1,234.56' } });
    typeDate('record-expenditure-date', '2023-05-12');
    fireEvent.change(screen.getByTestId('record-expenditure-description'), { target: { value: ' 端午节走访慰问金 ' } });
    fireEvent.change(screen.getByTestId('record-expenditure-linked'), { target: { value: ' visit-v-1 ' } });
    fireEvent.click(screen.getByTestId('record-expenditure-submit'));
    await waitFor(() => expect(fieldError('record-expenditure-amount')).toBe('经费余额不足'));
    expect(sent).toEqual([
      {
        fundId: '2023-care-action',
        category: 'SPECIAL',
        amountFen: 123456,
        spentOn: '2023-05-12',
        description: '端午节走访慰问金',
        linkedStreamId: 'visit-v-1',
        commandId: expect.any(String),
      },
    ]);
  });
});

describe('AdjustAllocationModal', () => {
  it('requires a reason, sends a cut as negative fen and names a refused field in English', async () => {
    const { sent, mock } = captureCommand(AdjustAllocationMutation, {
      errors: [{ message: 'adjustedOn outside the year', extensions: { code: 'VALIDATION_FAILED', details: { field: 'adjustedOn' } } }],
    });
    renderWithProviders(<AdjustAllocationModal fundId="2023-care-action" open onClose={() => undefined} />, { mocks: [mock], locale: 'en' });
    fireEvent.change(await screen.findByTestId('adjust-allocation-delta'), { target: { value: '0' } });
    await waitFor(() => expect(fieldError('adjust-allocation-delta')).toBe('The amount cannot be 0'));
    fireEvent.change(screen.getByTestId('adjust-allocation-delta'), { target: { value: '-500.5' } });
    typeDate('adjust-allocation-date', '2023-09-01');
    fireEvent.click(screen.getByTestId('adjust-allocation-submit'));
    await waitFor(() => expect(fieldError('adjust-allocation-reason')).toBeTruthy());
    expect(sent).toEqual([]);
    fireEvent.change(screen.getByTestId('adjust-allocation-reason'), { target: { value: '预算调减' } });
    fireEvent.click(screen.getByTestId('adjust-allocation-submit'));
    await waitFor(() => expect(fieldError('adjust-allocation-date')).toBe('"Adjusted on" is invalid; please check it'));
    expect(sent).toEqual([
      { fundId: '2023-care-action', deltaFen: -50050, adjustedOn: '2023-09-01', reason: '预算调减', commandId: expect.any(String) },
    ]);
  });
});
