import { useCommand } from '../commands/use-command';
import { graphql } from '../gql';
import { DONATIONS_QUERIES } from './donations.queries';

export const RecordDonationMutation = graphql(`
  mutation RecordDonation($input: RecordDonationInput!) {
    recordDonation(input: $input) {
      id
      createdId
      position
    }
  }
`);

export const ReverseDonationMutation = graphql(`
  mutation ReverseDonation($input: ReverseDonationInput!) {
    reverseDonation(input: $input) {
      id
      position
    }
  }
`);

/** Donation commands; the donations screen is refetched with the position written. */
export const useRecordDonation = () => useCommand(RecordDonationMutation, { refetch: DONATIONS_QUERIES });
export const useReverseDonation = () => useCommand(ReverseDonationMutation, { refetch: DONATIONS_QUERIES });
