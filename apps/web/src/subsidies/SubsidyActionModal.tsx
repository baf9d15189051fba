import { Form } from 'antd';
import type { TypedDocumentNode } from '@apollo/client';
import { todayInShanghai } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { useI18n } from '../i18n/I18nProvider';
import type { SubsidyAction } from './subsidy-actions';
import { actionFields, initialActionValues, type ActionValues } from './subsidy-action-values';
import * as M from './subsidy-action.mutations';
import { SubsidyActionFields } from './SubsidyActionFields';
import { useSubsidyCommand, type ApplicationRef } from './use-subsidy-command';

type AnyCommand = TypedDocumentNode<{ readonly [field: string]: string | { readonly position: number } }, { input: { applicationId: string } }>;

// The form's field names are the input's (checked by the mutation documents' generated types only
// loosely here: one modal serves thirteen commands, each form built from the same names).
const DOCUMENTS: Readonly<Record<SubsidyAction, AnyCommand>> = {
  townshipReview: M.ReviewSubsidyByTownshipMutation as unknown as AnyCommand,
  supplement: M.SupplementSubsidyDocumentsMutation as unknown as AnyCommand,
  countyReview: M.ReviewSubsidyByCountyMutation as unknown as AnyCommand,
  postNotice: M.PostSubsidyNoticeMutation as unknown as AnyCommand,
  closeNotice: M.CloseSubsidyNoticeMutation as unknown as AnyCommand,
  refuseAfterNotice: M.RefuseSubsidyAfterNoticeMutation as unknown as AnyCommand,
  submitToSunshine: M.SubmitSubsidyToSunshineMutation as unknown as AnyCommand,
  issuePayment: M.IssueSubsidyPaymentMutation as unknown as AnyCommand,
  confirmPayment: M.ConfirmSubsidyPaymentMutation as unknown as AnyCommand,
  recordFailure: M.RecordSubsidyPaymentFailureMutation as unknown as AnyCommand,
  reissuePayment: M.ReissueSubsidyPaymentMutation as unknown as AnyCommand,
  settleReimbursement: M.SettleSubsidyReimbursementMutation as unknown as AnyCommand,
  withdraw: M.WithdrawSubsidyApplicationMutation as unknown as AnyCommand,
};

type Props = {
  readonly action: SubsidyAction;
  readonly application: ApplicationRef & { readonly amountFen: number };
  readonly onClose: () => void;
};

/** The form of one next step; the page opens it from the step's button. */
export function SubsidyActionModal({ action, application, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<ActionValues>();
  const [send] = useSubsidyCommand(DOCUMENTS[action], application);
  return (
    <CommandModal<ActionValues>
      title={t(`subsidies.action.${action}`)}
      open
      onClose={onClose}
      form={form}
      testId={`subsidy-${action}`}
      initialValues={initialActionValues(action, todayInShanghai(), application.amountFen)}
      onSubmit={(values) => send(actionFields(values))}
    >
      <SubsidyActionFields action={action} form={form} amountFen={application.amountFen} />
    </CommandModal>
  );
}
