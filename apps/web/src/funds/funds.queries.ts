import { graphql } from '../gql';

/** Names of the funds screens' queries: commands refetch them by name after writing. */
export const FUNDS_QUERIES = ['FundsPage', 'FundPage', 'FundLedger', 'PerformanceTargets'] as const;

export const FundsPageQuery = graphql(`
  query FundsPage($year: Int!, $first: Int, $after: String, $minPosition: SafeInt) {
    funds(filter: { year: $year }, first: $first, after: $after, minPosition: $minPosition) {
      totalCount
      edges {
        cursor
        node {
          id
          year
          code
          name
          allocatedFen
          receivedFen
          spentFen
          remainingFen
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const FundPageQuery = graphql(`
  query FundPage($id: ID!, $minPosition: SafeInt) {
    fund(id: $id, minPosition: $minPosition) {
      id
      year
      name
      purpose
      revision
      allocatedFen
      receivedFen
      spentFen
      remainingFen
      figures {
        basicSpentFen
        balanceFen
        receivedGapFen
        byCategory {
          category
          spentFen
          shareBp
          basicShareBp
        }
      }
    }
  }
`);

export const FundLedgerQuery = graphql(`
  query FundLedger(
    $id: ID!
    $first: Int
    $after: String
    $category: ExpenditureCategory
    $dateFrom: String
    $dateTo: String
    $minPosition: SafeInt
  ) {
    fund(id: $id, minPosition: $minPosition) {
      id
      ledger(first: $first, after: $after, category: $category, dateFrom: $dateFrom, dateTo: $dateTo) {
        totalCount
        edges {
          cursor
          node {
            position
            kind
            date
            entryId
            amountFen
            category
            description
            source
            reason
            reversed
            runningRemainingFen
            runningBalanceFen
            actorName
            linked {
              streamId
              kind
              recordId
            }
          }
        }
        pageInfo {
          ...PageInfoFields
        }
      }
    }
  }
`);

export const PerformanceTargetsQuery = graphql(`
  query PerformanceTargets($year: Int!, $minPosition: SafeInt) {
    performanceTargets(year: $year, minPosition: $minPosition) {
      indicatorId
      name
      direction
      value
      unit
      weight
      sourceQuery
      status
      history {
        position
        kind
        changes
        reason
        actorName
        businessDate
      }
    }
  }
`);
