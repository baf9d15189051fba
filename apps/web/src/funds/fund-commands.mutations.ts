import { graphql } from '../gql';
import { useFundCommand } from './use-fund-command';

export const AllocateBudgetMutation = graphql(`
  mutation AllocateBudget($input: AllocateBudgetInput!) {
    allocateBudget(input: $input) {
      id
      revision
      position
    }
  }
`);

export const ReceiveFundsMutation = graphql(`
  mutation ReceiveFunds($input: ReceiveFundsInput!) {
    receiveFunds(input: $input) {
      id
      createdId
      position
    }
  }
`);

export const RecordExpenditureMutation = graphql(`
  mutation RecordExpenditure($input: RecordExpenditureInput!) {
    recordExpenditure(input: $input) {
      id
      createdId
      position
    }
  }
`);

export const ReverseExpenditureMutation = graphql(`
  mutation ReverseExpenditure($input: ReverseExpenditureInput!) {
    reverseExpenditure(input: $input) {
      id
      position
    }
  }
`);

export const AdjustAllocationMutation = graphql(`
  mutation AdjustAllocation($input: AdjustAllocationInput!) {
    adjustAllocation(input: $input) {
      id
      createdId
      position
    }
  }
`);

export const SetPerformanceTargetMutation = graphql(`
  mutation SetPerformanceTarget($input: SetPerformanceTargetInput!) {
    setPerformanceTarget(input: $input) {
      id
      position
    }
  }
`);

export const RevisePerformanceTargetMutation = graphql(`
  mutation RevisePerformanceTarget($input: RevisePerformanceTargetInput!) {
    revisePerformanceTarget(input: $input) {
      id
      position
    }
  }
`);

export const WithdrawPerformanceTargetMutation = graphql(`
  mutation WithdrawPerformanceTarget($input: WithdrawPerformanceTargetInput!) {
    withdrawPerformanceTarget(input: $input) {
      id
      position
    }
  }
`);

export const useAllocateBudget = () => useFundCommand(AllocateBudgetMutation);
export const useReceiveFunds = () => useFundCommand(ReceiveFundsMutation);
export const useRecordExpenditure = () => useFundCommand(RecordExpenditureMutation);
export const useReverseExpenditure = () => useFundCommand(ReverseExpenditureMutation);
export const useAdjustAllocation = () => useFundCommand(AdjustAllocationMutation);
export const useSetPerformanceTarget = () => useFundCommand(SetPerformanceTargetMutation);
export const useRevisePerformanceTarget = () => useFundCommand(RevisePerformanceTargetMutation);
export const useWithdrawPerformanceTarget = () => useFundCommand(WithdrawPerformanceTargetMutation);
