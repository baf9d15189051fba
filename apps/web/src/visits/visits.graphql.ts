import { graphql } from '../gql';

export const VisitFieldsFragment = graphql(`
  fragment VisitFields on Visit {
    id
    visitType
    visitedOn
    township
    townshipName
    visitors
    caseIds
    personsReached {
      caseId
      personId
      name
    }
    personsReachedCount
    caseCount
    needsFound
    followUp {
      action
      dueOn
    }
    cashAidFen
    fundId
    goods {
      description
      quantity
      valueFen
    }
    goodsValueFen
    status
    voidReason
    amendmentCount
    revision
  }
`);

export const ActivityFieldsFragment = graphql(`
  fragment ActivityFields on Activity {
    id
    venueKind
    venueName
    heldOn
    topic
    township
    townshipName
    attendees {
      caseId
      personId
      name
    }
    attendeeCount
    caseCount
    cashAidFen
    fundId
    correctionCount
    revision
  }
`);

export const VisitsQuery = graphql(`
  query Visits($filter: VisitFilter, $first: Int, $after: String, $minPosition: SafeInt) {
    visits(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {
      totalCount
      edges {
        cursor
        node {
          ...VisitFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const ActivitiesQuery = graphql(`
  query Activities($filter: ActivityFilter, $first: Int, $after: String, $minPosition: SafeInt) {
    activities(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {
      totalCount
      edges {
        cursor
        node {
          ...ActivityFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const CaseMembersQuery = graphql(`
  query VisitCaseMembers($id: ID!) {
    case(id: $id) {
      id
      headName
      township
      members {
        personId
        name
        deceased
      }
    }
  }
`);

export const FundsForYearQuery = graphql(`
  query VisitFunds($year: Int) {
    funds(filter: { year: $year }, first: 50) {
      edges {
        node {
          id
          name
          remainingFen
        }
      }
    }
  }
`);


export const RecordVisitMutation = graphql(`
  mutation RecordVisit($input: RecordVisitInput!) {
    recordVisit(input: $input) {
      id
      createdId
      revision
      position
    }
  }
`);

export const AmendVisitMutation = graphql(`
  mutation AmendVisit($input: AmendVisitInput!) {
    amendVisit(input: $input) {
      id
      createdId
      revision
      position
    }
  }
`);

export const VoidVisitMutation = graphql(`
  mutation VoidVisit($input: VoidVisitInput!) {
    voidVisit(input: $input) {
      id
      createdId
      revision
      position
    }
  }
`);

export const HoldActivityMutation = graphql(`
  mutation HoldActivity($input: HoldActivityInput!) {
    holdActivity(input: $input) {
      id
      createdId
      revision
      position
    }
  }
`);

export const CorrectAttendanceMutation = graphql(`
  mutation CorrectAttendance($input: CorrectAttendanceInput!) {
    correctAttendance(input: $input) {
      id
      createdId
      revision
      position
    }
  }
`);
