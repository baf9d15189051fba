/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": typeof types.AddCaseNoteDocument,
    "\n  mutation AssignContact($input: AssignContactInput!) {\n    assignContact(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.AssignContactDocument,
    "\n  fragment AuditEventDrawer_event on AuditEvent {\n    eventId\n    position\n    streamId\n    revision\n    type\n    schemaVersion\n    data\n    recordedAt\n    businessDate\n    actorId\n    actorName\n    actorRole\n    actorTownship\n    reason\n    commandId\n    correlationId\n    causationId\n    prevHash\n    hash\n    caseIds\n  }\n": typeof types.AuditEventDrawer_EventFragmentDoc,
    "\n  query AuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          eventId\n          ...AuditTrailTable_event\n          ...AuditEventDrawer_event\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  fragment AuditTrailTable_event on AuditEvent {\n    eventId\n    position\n    type\n    data\n    recordedAt\n    businessDate\n    actorName\n    actorRole\n    actorTownship\n    reason\n  }\n": typeof types.AuditTrailTable_EventFragmentDoc,
    "\n  query CaseList($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_case\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CaseListDocument,
    "\n  fragment CaseTable_case on Case {\n    id\n    category\n    status\n    townshipName\n    village\n    address\n    headName\n    memberCount\n    openedOn\n  }\n": typeof types.CaseTable_CaseFragmentDoc,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.OpenCaseDocument,
    "\n  fragment CaseActions_case on Case {\n    status\n    category\n  }\n": typeof types.CaseActions_CaseFragmentDoc,
    "\n  fragment CaseHeader_case on Case {\n    id\n    category\n    status\n    townshipName\n    village\n    address\n    openedOn\n    exitReason\n    exitedOn\n    contacts {\n      role\n      name\n      phone\n    }\n  }\n": typeof types.CaseHeader_CaseFragmentDoc,
    "\n  query CasePage($id: ID!, $asOf: AsOf, $minPosition: SafeInt) {\n    case(id: $id, asOf: $asOf, minPosition: $minPosition) {\n      id\n      asOf\n      revision\n      headName\n      ...CaseHeader_case\n      ...CaseActions_case\n      ...MembersTable_case\n      ...CaseTimeline_case\n    }\n  }\n": typeof types.CasePageDocument,
    "\n  fragment MemberActions_member on Member {\n    personId\n    name\n    relation\n    birthDate\n    idNumberMasked\n    phoneMasked\n    deceased\n  }\n": typeof types.MemberActions_MemberFragmentDoc,
    "\n  fragment MembersTable_case on Case {\n    status\n    members {\n      personId\n      name\n      idNumberMasked\n      relation\n      sex\n      birthDate\n      phoneMasked\n      deceased\n      diedOn\n      ...MemberActions_member\n    }\n  }\n": typeof types.MembersTable_CaseFragmentDoc,
    "\n  fragment CaseTimeline_case on Case {\n    members {\n      personId\n      name\n    }\n    timeline {\n      eventId\n      position\n      revision\n      type\n      data\n      recordedAt\n      businessDate\n      actorName\n      actorRole\n      reason\n    }\n  }\n": typeof types.CaseTimeline_CaseFragmentDoc,
    "\n  mutation ChangeCaseCategory($input: ChangeCaseCategoryInput!) {\n    changeCaseCategory(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.ChangeCaseCategoryDocument,
    "\n  mutation CorrectMemberDetails($input: CorrectMemberDetailsInput!) {\n    correctMemberDetails(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.CorrectMemberDetailsDocument,
    "\n  mutation ExitCase($input: ExitCaseInput!) {\n    exitCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.ExitCaseDocument,
    "\n  query Integrity {\n    integrity {\n      ok\n      checked\n      headPosition\n      headHash\n      brokenAt\n      problem\n      checkedAt\n    }\n  }\n": typeof types.IntegrityDocument,
    "\n  mutation RecordMemberDeath($input: RecordMemberDeathInput!) {\n    recordMemberDeath(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.RecordMemberDeathDocument,
    "\n  mutation RegisterMember($input: RegisterMemberInput!) {\n    registerMember(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": typeof types.RegisterMemberDocument,
    "\n  mutation ReopenCase($input: ReopenCaseInput!) {\n    reopenCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.ReopenCaseDocument,
    "\n  query ActingUsers {\n    users {\n      id\n      name\n      role\n      townshipName\n    }\n  }\n": typeof types.ActingUsersDocument,
    "\n  fragment ProjectionsTable_projection on ProjectionHealth {\n    name\n    position\n    headPosition\n    lag\n    status\n    skipped\n    failedPosition\n    failedEventId\n    error\n  }\n": typeof types.ProjectionsTable_ProjectionFragmentDoc,
    "\n  query Projections {\n    projections {\n      name\n      ...ProjectionsTable_projection\n    }\n  }\n": typeof types.ProjectionsDocument,
    "\n  mutation ResumeProjection($name: String!) {\n    resumeProjection(name: $name) {\n      name\n      ...ProjectionsTable_projection\n    }\n  }\n": typeof types.ResumeProjectionDocument,
    "\n  query Townships {\n    townships {\n      code\n      name\n    }\n  }\n": typeof types.TownshipsDocument,
};
const documents: Documents = {
    "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": types.AddCaseNoteDocument,
    "\n  mutation AssignContact($input: AssignContactInput!) {\n    assignContact(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.AssignContactDocument,
    "\n  fragment AuditEventDrawer_event on AuditEvent {\n    eventId\n    position\n    streamId\n    revision\n    type\n    schemaVersion\n    data\n    recordedAt\n    businessDate\n    actorId\n    actorName\n    actorRole\n    actorTownship\n    reason\n    commandId\n    correlationId\n    causationId\n    prevHash\n    hash\n    caseIds\n  }\n": types.AuditEventDrawer_EventFragmentDoc,
    "\n  query AuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          eventId\n          ...AuditTrailTable_event\n          ...AuditEventDrawer_event\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  fragment AuditTrailTable_event on AuditEvent {\n    eventId\n    position\n    type\n    data\n    recordedAt\n    businessDate\n    actorName\n    actorRole\n    actorTownship\n    reason\n  }\n": types.AuditTrailTable_EventFragmentDoc,
    "\n  query CaseList($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_case\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CaseListDocument,
    "\n  fragment CaseTable_case on Case {\n    id\n    category\n    status\n    townshipName\n    village\n    address\n    headName\n    memberCount\n    openedOn\n  }\n": types.CaseTable_CaseFragmentDoc,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.OpenCaseDocument,
    "\n  fragment CaseActions_case on Case {\n    status\n    category\n  }\n": types.CaseActions_CaseFragmentDoc,
    "\n  fragment CaseHeader_case on Case {\n    id\n    category\n    status\n    townshipName\n    village\n    address\n    openedOn\n    exitReason\n    exitedOn\n    contacts {\n      role\n      name\n      phone\n    }\n  }\n": types.CaseHeader_CaseFragmentDoc,
    "\n  query CasePage($id: ID!, $asOf: AsOf, $minPosition: SafeInt) {\n    case(id: $id, asOf: $asOf, minPosition: $minPosition) {\n      id\n      asOf\n      revision\n      headName\n      ...CaseHeader_case\n      ...CaseActions_case\n      ...MembersTable_case\n      ...CaseTimeline_case\n    }\n  }\n": types.CasePageDocument,
    "\n  fragment MemberActions_member on Member {\n    personId\n    name\n    relation\n    birthDate\n    idNumberMasked\n    phoneMasked\n    deceased\n  }\n": types.MemberActions_MemberFragmentDoc,
    "\n  fragment MembersTable_case on Case {\n    status\n    members {\n      personId\n      name\n      idNumberMasked\n      relation\n      sex\n      birthDate\n      phoneMasked\n      deceased\n      diedOn\n      ...MemberActions_member\n    }\n  }\n": types.MembersTable_CaseFragmentDoc,
    "\n  fragment CaseTimeline_case on Case {\n    members {\n      personId\n      name\n    }\n    timeline {\n      eventId\n      position\n      revision\n      type\n      data\n      recordedAt\n      businessDate\n      actorName\n      actorRole\n      reason\n    }\n  }\n": types.CaseTimeline_CaseFragmentDoc,
    "\n  mutation ChangeCaseCategory($input: ChangeCaseCategoryInput!) {\n    changeCaseCategory(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.ChangeCaseCategoryDocument,
    "\n  mutation CorrectMemberDetails($input: CorrectMemberDetailsInput!) {\n    correctMemberDetails(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.CorrectMemberDetailsDocument,
    "\n  mutation ExitCase($input: ExitCaseInput!) {\n    exitCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.ExitCaseDocument,
    "\n  query Integrity {\n    integrity {\n      ok\n      checked\n      headPosition\n      headHash\n      brokenAt\n      problem\n      checkedAt\n    }\n  }\n": types.IntegrityDocument,
    "\n  mutation RecordMemberDeath($input: RecordMemberDeathInput!) {\n    recordMemberDeath(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.RecordMemberDeathDocument,
    "\n  mutation RegisterMember($input: RegisterMemberInput!) {\n    registerMember(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": types.RegisterMemberDocument,
    "\n  mutation ReopenCase($input: ReopenCaseInput!) {\n    reopenCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.ReopenCaseDocument,
    "\n  query ActingUsers {\n    users {\n      id\n      name\n      role\n      townshipName\n    }\n  }\n": types.ActingUsersDocument,
    "\n  fragment ProjectionsTable_projection on ProjectionHealth {\n    name\n    position\n    headPosition\n    lag\n    status\n    skipped\n    failedPosition\n    failedEventId\n    error\n  }\n": types.ProjectionsTable_ProjectionFragmentDoc,
    "\n  query Projections {\n    projections {\n      name\n      ...ProjectionsTable_projection\n    }\n  }\n": types.ProjectionsDocument,
    "\n  mutation ResumeProjection($name: String!) {\n    resumeProjection(name: $name) {\n      name\n      ...ProjectionsTable_projection\n    }\n  }\n": types.ResumeProjectionDocument,
    "\n  query Townships {\n    townships {\n      code\n      name\n    }\n  }\n": types.TownshipsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignContact($input: AssignContactInput!) {\n    assignContact(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation AssignContact($input: AssignContactInput!) {\n    assignContact(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventDrawer_event on AuditEvent {\n    eventId\n    position\n    streamId\n    revision\n    type\n    schemaVersion\n    data\n    recordedAt\n    businessDate\n    actorId\n    actorName\n    actorRole\n    actorTownship\n    reason\n    commandId\n    correlationId\n    causationId\n    prevHash\n    hash\n    caseIds\n  }\n"): (typeof documents)["\n  fragment AuditEventDrawer_event on AuditEvent {\n    eventId\n    position\n    streamId\n    revision\n    type\n    schemaVersion\n    data\n    recordedAt\n    businessDate\n    actorId\n    actorName\n    actorRole\n    actorTownship\n    reason\n    commandId\n    correlationId\n    causationId\n    prevHash\n    hash\n    caseIds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          eventId\n          ...AuditTrailTable_event\n          ...AuditEventDrawer_event\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          eventId\n          ...AuditTrailTable_event\n          ...AuditEventDrawer_event\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditTrailTable_event on AuditEvent {\n    eventId\n    position\n    type\n    data\n    recordedAt\n    businessDate\n    actorName\n    actorRole\n    actorTownship\n    reason\n  }\n"): (typeof documents)["\n  fragment AuditTrailTable_event on AuditEvent {\n    eventId\n    position\n    type\n    data\n    recordedAt\n    businessDate\n    actorName\n    actorRole\n    actorTownship\n    reason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseList($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_case\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseList($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_case\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseTable_case on Case {\n    id\n    category\n    status\n    townshipName\n    village\n    address\n    headName\n    memberCount\n    openedOn\n  }\n"): (typeof documents)["\n  fragment CaseTable_case on Case {\n    id\n    category\n    status\n    townshipName\n    village\n    address\n    headName\n    memberCount\n    openedOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseActions_case on Case {\n    status\n    category\n  }\n"): (typeof documents)["\n  fragment CaseActions_case on Case {\n    status\n    category\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseHeader_case on Case {\n    id\n    category\n    status\n    townshipName\n    village\n    address\n    openedOn\n    exitReason\n    exitedOn\n    contacts {\n      role\n      name\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment CaseHeader_case on Case {\n    id\n    category\n    status\n    townshipName\n    village\n    address\n    openedOn\n    exitReason\n    exitedOn\n    contacts {\n      role\n      name\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePage($id: ID!, $asOf: AsOf, $minPosition: SafeInt) {\n    case(id: $id, asOf: $asOf, minPosition: $minPosition) {\n      id\n      asOf\n      revision\n      headName\n      ...CaseHeader_case\n      ...CaseActions_case\n      ...MembersTable_case\n      ...CaseTimeline_case\n    }\n  }\n"): (typeof documents)["\n  query CasePage($id: ID!, $asOf: AsOf, $minPosition: SafeInt) {\n    case(id: $id, asOf: $asOf, minPosition: $minPosition) {\n      id\n      asOf\n      revision\n      headName\n      ...CaseHeader_case\n      ...CaseActions_case\n      ...MembersTable_case\n      ...CaseTimeline_case\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberActions_member on Member {\n    personId\n    name\n    relation\n    birthDate\n    idNumberMasked\n    phoneMasked\n    deceased\n  }\n"): (typeof documents)["\n  fragment MemberActions_member on Member {\n    personId\n    name\n    relation\n    birthDate\n    idNumberMasked\n    phoneMasked\n    deceased\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembersTable_case on Case {\n    status\n    members {\n      personId\n      name\n      idNumberMasked\n      relation\n      sex\n      birthDate\n      phoneMasked\n      deceased\n      diedOn\n      ...MemberActions_member\n    }\n  }\n"): (typeof documents)["\n  fragment MembersTable_case on Case {\n    status\n    members {\n      personId\n      name\n      idNumberMasked\n      relation\n      sex\n      birthDate\n      phoneMasked\n      deceased\n      diedOn\n      ...MemberActions_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseTimeline_case on Case {\n    members {\n      personId\n      name\n    }\n    timeline {\n      eventId\n      position\n      revision\n      type\n      data\n      recordedAt\n      businessDate\n      actorName\n      actorRole\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment CaseTimeline_case on Case {\n    members {\n      personId\n      name\n    }\n    timeline {\n      eventId\n      position\n      revision\n      type\n      data\n      recordedAt\n      businessDate\n      actorName\n      actorRole\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCaseCategory($input: ChangeCaseCategoryInput!) {\n    changeCaseCategory(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeCaseCategory($input: ChangeCaseCategoryInput!) {\n    changeCaseCategory(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectMemberDetails($input: CorrectMemberDetailsInput!) {\n    correctMemberDetails(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectMemberDetails($input: CorrectMemberDetailsInput!) {\n    correctMemberDetails(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExitCase($input: ExitCaseInput!) {\n    exitCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ExitCase($input: ExitCaseInput!) {\n    exitCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Integrity {\n    integrity {\n      ok\n      checked\n      headPosition\n      headHash\n      brokenAt\n      problem\n      checkedAt\n    }\n  }\n"): (typeof documents)["\n  query Integrity {\n    integrity {\n      ok\n      checked\n      headPosition\n      headHash\n      brokenAt\n      problem\n      checkedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMemberDeath($input: RecordMemberDeathInput!) {\n    recordMemberDeath(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMemberDeath($input: RecordMemberDeathInput!) {\n    recordMemberDeath(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterMember($input: RegisterMemberInput!) {\n    registerMember(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterMember($input: RegisterMemberInput!) {\n    registerMember(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCase($input: ReopenCaseInput!) {\n    reopenCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCase($input: ReopenCaseInput!) {\n    reopenCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActingUsers {\n    users {\n      id\n      name\n      role\n      townshipName\n    }\n  }\n"): (typeof documents)["\n  query ActingUsers {\n    users {\n      id\n      name\n      role\n      townshipName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectionsTable_projection on ProjectionHealth {\n    name\n    position\n    headPosition\n    lag\n    status\n    skipped\n    failedPosition\n    failedEventId\n    error\n  }\n"): (typeof documents)["\n  fragment ProjectionsTable_projection on ProjectionHealth {\n    name\n    position\n    headPosition\n    lag\n    status\n    skipped\n    failedPosition\n    failedEventId\n    error\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projections {\n    projections {\n      name\n      ...ProjectionsTable_projection\n    }\n  }\n"): (typeof documents)["\n  query Projections {\n    projections {\n      name\n      ...ProjectionsTable_projection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeProjection($name: String!) {\n    resumeProjection(name: $name) {\n      name\n      ...ProjectionsTable_projection\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeProjection($name: String!) {\n    resumeProjection(name: $name) {\n      name\n      ...ProjectionsTable_projection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Townships {\n    townships {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Townships {\n    townships {\n      code\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;