import { graphql } from '../gql';

// One mutation per command; each selects `position` so the refetch can read its own write.

export const ReviewSubsidyByTownshipMutation = graphql(`
  mutation ReviewSubsidyByTownship($input: ReviewSubsidyByTownshipInput!) {
    reviewSubsidyByTownship(input: $input) { id revision position }
  }
`);

export const SupplementSubsidyDocumentsMutation = graphql(`
  mutation SupplementSubsidyDocuments($input: SupplementSubsidyDocumentsInput!) {
    supplementSubsidyDocuments(input: $input) { id revision position }
  }
`);

export const ReviewSubsidyByCountyMutation = graphql(`
  mutation ReviewSubsidyByCounty($input: ReviewSubsidyByCountyInput!) {
    reviewSubsidyByCounty(input: $input) { id revision position }
  }
`);

export const PostSubsidyNoticeMutation = graphql(`
  mutation PostSubsidyNotice($input: PostSubsidyNoticeInput!) {
    postSubsidyNotice(input: $input) { id revision position }
  }
`);

export const CloseSubsidyNoticeMutation = graphql(`
  mutation CloseSubsidyNotice($input: CloseSubsidyNoticeInput!) {
    closeSubsidyNotice(input: $input) { id revision position }
  }
`);

export const RefuseSubsidyAfterNoticeMutation = graphql(`
  mutation RefuseSubsidyAfterNotice($input: RefuseSubsidyAfterNoticeInput!) {
    refuseSubsidyAfterNotice(input: $input) { id revision position }
  }
`);

export const SubmitSubsidyToSunshineMutation = graphql(`
  mutation SubmitSubsidyToSunshine($input: SubmitSubsidyToSunshineInput!) {
    submitSubsidyToSunshine(input: $input) { id revision position }
  }
`);

export const IssueSubsidyPaymentMutation = graphql(`
  mutation IssueSubsidyPayment($input: IssueSubsidyPaymentInput!) {
    issueSubsidyPayment(input: $input) { id revision position }
  }
`);

export const ConfirmSubsidyPaymentMutation = graphql(`
  mutation ConfirmSubsidyPayment($input: ConfirmSubsidyPaymentInput!) {
    confirmSubsidyPayment(input: $input) { id revision position }
  }
`);

export const RecordSubsidyPaymentFailureMutation = graphql(`
  mutation RecordSubsidyPaymentFailure($input: RecordSubsidyPaymentFailureInput!) {
    recordSubsidyPaymentFailure(input: $input) { id revision position }
  }
`);

export const ReissueSubsidyPaymentMutation = graphql(`
  mutation ReissueSubsidyPayment($input: ReissueSubsidyPaymentInput!) {
    reissueSubsidyPayment(input: $input) { id revision position }
  }
`);

export const SettleSubsidyReimbursementMutation = graphql(`
  mutation SettleSubsidyReimbursement($input: SettleSubsidyReimbursementInput!) {
    settleSubsidyReimbursement(input: $input) { id revision position }
  }
`);

export const WithdrawSubsidyApplicationMutation = graphql(`
  mutation WithdrawSubsidyApplication($input: WithdrawSubsidyApplicationInput!) {
    withdrawSubsidyApplication(input: $input) { id revision position }
  }
`);
