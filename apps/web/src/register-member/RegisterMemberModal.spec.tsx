import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { buildResidentId } from '@careledger/domain-kernel';
import { renderWithProviders } from '../test/render';
import { RegisterMemberMutation } from './register-member.mutation';
import { RegisterMemberModal } from './RegisterMemberModal';
import { fieldError } from '../test/antd-form';
import { captureCommand } from '../test/capture-command';

const caseRef = { id: 'case-1', revision: 7 };
const idNumber = buildResidentId({ birthDate: '1968-03-05', sequence: 101 });
const badChecksum = idNumber.slice(0, 17) + (idNumber.endsWith('0') ? '1' : '0');

async function fillForm(values: { name?: string; idNumber?: string; phone?: string }) {
  if (values.name) fireEvent.change(await screen.findByTestId('register-member-name'), { target: { value: values.name } });
  if (values.idNumber) fireEvent.change(screen.getByTestId('register-member-id-number'), { target: { value: values.idNumber } });
  if (values.phone) fireEvent.change(screen.getByTestId('register-member-phone'), { target: { value: values.phone } });
}

async function chooseRelation(label: string) {
  fireEvent.mouseDown(screen.getByLabelText('与户主关系'));
  fireEvent.click(await screen.findByTitle(label));
}

describe('RegisterMemberModal', () => {
  it('rejects an ID number with a wrong check character before anything is sent', async () => {
    renderWithProviders(<RegisterMemberModal caseRef={caseRef} open onClose={() => undefined} />);
    await fillForm({ name: '张三', idNumber: badChecksum });
    await waitFor(() => expect(fieldError('register-member-id-number')).toBe('身份证号校验位不正确，请核对'));
  });

  it('prefills the birth date and shows the sex read from a valid ID number', async () => {
    renderWithProviders(<RegisterMemberModal caseRef={caseRef} open onClose={() => undefined} />);
    await fillForm({ idNumber: idNumber });
    await waitFor(() => expect((screen.getByTestId('register-member-birth-date') as HTMLInputElement).value).toBe('1968-03-05'));
    expect(await screen.findByText('由身份证号识别：男，出生于 1968-03-05')).toBeTruthy();
  });

  it('sends the command with the revision read and shows a server refusal on the field it names', async () => {
    const { sent, mock: refusal } = captureCommand(RegisterMemberMutation, {
      errors: [{ message: 'phone must be a mobile number', extensions: { code: 'VALIDATION_FAILED', details: { field: 'phone' } } }],
    });
    renderWithProviders(<RegisterMemberModal caseRef={caseRef} open onClose={() => undefined} />, { mocks: [refusal] });
    await fillForm({ name: ' 张三 ', idNumber: idNumber.toLowerCase(), phone: '13812345678' });
    await chooseRelation('配偶');
    fireEvent.click(screen.getByTestId('register-member-submit'));

    await waitFor(() => expect(fieldError('register-member-phone')).toBe('「联系电话」填写有误，请检查'));
    expect(sent).toEqual([
      expect.objectContaining({
        caseId: 'case-1',
        expectedRevision: 7,
        name: '张三',
        idNumber,
        relation: 'SPOUSE',
        birthDate: '1968-03-05',
        phone: '13812345678',
      }),
    ]);
  });

  it('shows a refusal that names no field above the buttons', async () => {
    const duplicate: MockLink.MockedResponse = {
      request: { query: RegisterMemberMutation, variables: () => true },
      result: { errors: [{ message: 'duplicate', extensions: { code: 'DUPLICATE_ID_NUMBER' } }] },
    };
    renderWithProviders(<RegisterMemberModal caseRef={caseRef} open onClose={() => undefined} />, { mocks: [duplicate], locale: 'en' });
    await fillForm({ name: '张三', idNumber });
    fireEvent.mouseDown(screen.getByLabelText('Relation to head'));
    fireEvent.click(await screen.findByTitle('Spouse'));
    fireEvent.click(screen.getByTestId('register-member-submit'));
    expect((await screen.findByTestId('register-member-error')).textContent).toBe('This ID number is already registered in this case file');
  });
});
