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
    "\n  query AuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          eventId\n          ...AuditTrailTable_event\n          ...AuditEventDrawer_event\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  fragment AuditTrailTable_event on AuditEvent {\n    eventId\n    position\n    type\n    data\n    recordedAt\n    businessDate\n    actorName\n    actorRole\n    actorTownship\n    reason\n  }\n": typeof types.AuditTrailTable_EventFragmentDoc,
    "\n  query CaseList($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_case\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.CaseListDocument,
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
    "\n  fragment DonationYearFigures_year on DonationYear {\n    year\n    count\n    amountFen\n    matchingFen\n    totalFen\n  }\n": typeof types.DonationYearFigures_YearFragmentDoc,
    "\n  mutation RecordDonation($input: RecordDonationInput!) {\n    recordDonation(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n": typeof types.RecordDonationDocument,
    "\n  mutation ReverseDonation($input: ReverseDonationInput!) {\n    reverseDonation(input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.ReverseDonationDocument,
    "\n  query DonationsPage($year: Int!, $previousYear: Int!, $channel: DonationChannel, $first: Int, $after: String, $minPosition: SafeInt) {\n    thisYear: donationYear(year: $year, minPosition: $minPosition) {\n      ...DonationYearFigures_year\n    }\n    previousYear: donationYear(year: $previousYear) {\n      year\n      totalFen\n    }\n    donations(filter: { year: $year, channel: $channel }, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          year\n          donationId\n          receivedOn\n          channel\n          source\n          amountFen\n          matchingFen\n          totalFen\n          status\n          reversalReason\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.DonationsPageDocument,
    "\n  mutation ExitCase($input: ExitCaseInput!) {\n    exitCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.ExitCaseDocument,
    "\n  query FamilySearch($search: String, $first: Int) {\n    cases(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          headName\n          townshipName\n          village\n          members {\n            personId\n            name\n            idNumberMasked\n            deceased\n          }\n        }\n      }\n    }\n  }\n": typeof types.FamilySearchDocument,
    "\n  mutation AllocateBudget($input: AllocateBudgetInput!) {\n    allocateBudget(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.AllocateBudgetDocument,
    "\n  mutation ReceiveFunds($input: ReceiveFundsInput!) {\n    receiveFunds(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n": typeof types.ReceiveFundsDocument,
    "\n  mutation RecordExpenditure($input: RecordExpenditureInput!) {\n    recordExpenditure(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n": typeof types.RecordExpenditureDocument,
    "\n  mutation ReverseExpenditure($input: ReverseExpenditureInput!) {\n    reverseExpenditure(input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.ReverseExpenditureDocument,
    "\n  mutation AdjustAllocation($input: AdjustAllocationInput!) {\n    adjustAllocation(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n": typeof types.AdjustAllocationDocument,
    "\n  mutation SetPerformanceTarget($input: SetPerformanceTargetInput!) {\n    setPerformanceTarget(input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.SetPerformanceTargetDocument,
    "\n  mutation RevisePerformanceTarget($input: RevisePerformanceTargetInput!) {\n    revisePerformanceTarget(input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.RevisePerformanceTargetDocument,
    "\n  mutation WithdrawPerformanceTarget($input: WithdrawPerformanceTargetInput!) {\n    withdrawPerformanceTarget(input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.WithdrawPerformanceTargetDocument,
    "\n  query FundsPage($year: Int!, $first: Int, $after: String, $minPosition: SafeInt) {\n    funds(filter: { year: $year }, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          year\n          code\n          name\n          allocatedFen\n          receivedFen\n          spentFen\n          remainingFen\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.FundsPageDocument,
    "\n  query FundPage($id: ID!, $minPosition: SafeInt) {\n    fund(id: $id, minPosition: $minPosition) {\n      id\n      year\n      name\n      purpose\n      revision\n      allocatedFen\n      receivedFen\n      spentFen\n      remainingFen\n      figures {\n        basicSpentFen\n        balanceFen\n        receivedGapFen\n        byCategory {\n          category\n          spentFen\n          shareBp\n          basicShareBp\n        }\n      }\n    }\n  }\n": typeof types.FundPageDocument,
    "\n  query FundLedger(\n    $id: ID!\n    $first: Int\n    $after: String\n    $category: ExpenditureCategory\n    $dateFrom: String\n    $dateTo: String\n    $minPosition: SafeInt\n  ) {\n    fund(id: $id, minPosition: $minPosition) {\n      id\n      ledger(first: $first, after: $after, category: $category, dateFrom: $dateFrom, dateTo: $dateTo) {\n        totalCount\n        edges {\n          cursor\n          node {\n            position\n            kind\n            date\n            entryId\n            amountFen\n            category\n            description\n            source\n            reason\n            reversed\n            runningRemainingFen\n            runningBalanceFen\n            actorName\n            linked {\n              streamId\n              kind\n              recordId\n            }\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n": typeof types.FundLedgerDocument,
    "\n  query PerformanceTargets($year: Int!, $minPosition: SafeInt) {\n    performanceTargets(year: $year, minPosition: $minPosition) {\n      indicatorId\n      name\n      direction\n      value\n      unit\n      weight\n      sourceQuery\n      status\n      history {\n        position\n        kind\n        changes\n        reason\n        actorName\n        businessDate\n      }\n    }\n  }\n": typeof types.PerformanceTargetsDocument,
    "\n  fragment ClaimTable_claim on InsuranceClaim {\n    id\n    policyYear\n    personName\n    idNumberMasked\n    townshipName\n    eventType\n    eventOn\n    reportedOn\n    status\n    settledAmountFen\n  }\n": typeof types.ClaimTable_ClaimFragmentDoc,
    "\n  fragment EnrolmentTable_enrolment on InsuranceEnrolment {\n    id\n    policyId\n    year\n    caseId\n    personId\n    personName\n    idNumberMasked\n    townshipName\n    enrolledOn\n    coverageFrom\n    coverageTo\n    removedOn\n    removalReason\n    removalNote\n    active\n  }\n": typeof types.EnrolmentTable_EnrolmentFragmentDoc,
    "\n  mutation PurchasePolicy($input: PurchasePolicyInput!) {\n    purchasePolicy(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.PurchasePolicyDocument,
    "\n  mutation EnrolMember($input: EnrolMemberInput!) {\n    enrolMember(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.EnrolMemberDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation ReportClaim($input: ReportClaimInput!) {\n    reportClaim(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": typeof types.ReportClaimDocument,
    "\n  mutation SubmitClaimDocuments($input: SubmitClaimDocumentsInput!) {\n    submitClaimDocuments(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.SubmitClaimDocumentsDocument,
    "\n  mutation SendClaimToInsurer($input: SendClaimToInsurerInput!) {\n    sendClaimToInsurer(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.SendClaimToInsurerDocument,
    "\n  mutation SettleClaim($input: SettleClaimInput!) {\n    settleClaim(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.SettleClaimDocument,
    "\n  mutation RejectClaim($input: RejectClaimInput!) {\n    rejectClaim(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.RejectClaimDocument,
    "\n  mutation WithdrawClaim($input: WithdrawClaimInput!) {\n    withdrawClaim(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.WithdrawClaimDocument,
    "\n  query InsurancePolicies($filter: InsurancePolicyFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    insurancePolicies(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          year\n          insurer\n          product\n          premiumPerPersonFen\n          coverageFrom\n          coverageTo\n          enrolledCount\n          insuredPersons\n          premiumTotalFen\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.InsurancePoliciesDocument,
    "\n  query InsurancePolicy($id: ID!, $township: String, $activeOnly: Boolean, $minPosition: SafeInt) {\n    insurancePolicy(id: $id, minPosition: $minPosition) {\n      id\n      year\n      insurer\n      product\n      premiumPerPersonFen\n      coverageFrom\n      coverageTo\n      purchasedOn\n      targetEnrolment\n      enrolledCount\n      insuredPersons\n      premiumTotalFen\n      revision\n      enrolments(township: $township, activeOnly: $activeOnly) {\n        ...EnrolmentTable_enrolment\n      }\n    }\n  }\n": typeof types.InsurancePolicyDocument,
    "\n  query InsuranceClaims($filter: InsuranceClaimFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    insuranceClaims(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ClaimTable_claim\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.InsuranceClaimsDocument,
    "\n  query InsuranceClaim($id: ID!, $minPosition: SafeInt) {\n    insuranceClaim(id: $id, minPosition: $minPosition) {\n      id\n      policyId\n      caseId\n      personName\n      idNumberMasked\n      townshipName\n      eventType\n      eventOn\n      reportedOn\n      status\n      documents\n      lastSubmittedOn\n      sentOn\n      insurerRef\n      settledAmountFen\n      settledOn\n      rejectionReason\n      rejectedOn\n      withdrawalReason\n      revision\n      description\n      history {\n        position\n        type\n        businessDate\n        recordedAt\n        actorName\n        reason\n      }\n    }\n  }\n": typeof types.InsuranceClaimDocument,
    "\n  query CaseInsurance($id: ID!, $minPosition: SafeInt) {\n    case(id: $id, minPosition: $minPosition) {\n      id\n      insuranceEnrolments {\n        ...EnrolmentTable_enrolment\n      }\n      insuranceClaims {\n        id\n        ...ClaimTable_claim\n      }\n    }\n  }\n": typeof types.CaseInsuranceDocument,
    "\n  query Integrity {\n    integrity {\n      ok\n      checked\n      headPosition\n      headHash\n      brokenAt\n      problem\n      checkedAt\n    }\n  }\n": typeof types.IntegrityDocument,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PageInfoFieldsFragmentDoc,
    "\n  mutation RecordMemberDeath($input: RecordMemberDeathInput!) {\n    recordMemberDeath(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.RecordMemberDeathDocument,
    "\n  mutation RegisterMember($input: RegisterMemberInput!) {\n    registerMember(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": typeof types.RegisterMemberDocument,
    "\n  mutation ReopenCase($input: ReopenCaseInput!) {\n    reopenCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": typeof types.ReopenCaseDocument,
    "\n  mutation ExplainTargetDeviation($input: ExplainTargetDeviationInput!) {\n    explainTargetDeviation(input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.ExplainTargetDeviationDocument,
    "\n  query AnnualReportPage($year: Int!, $township: String, $minPosition: SafeInt) {\n    annualReport(year: $year, township: $township, minPosition: $minPosition) {\n      year\n      township\n      position\n      figures {\n        key\n        unit\n        value\n        sources {\n          kind\n          recordId\n          streamId\n          caseIds\n          amountFen\n          positions\n        }\n      }\n      series {\n        subsidyIssuedByMonth {\n          month\n          amountFen\n          cumulativeFen\n        }\n        visitsByTownshipMonth {\n          township\n          month\n          count\n        }\n        claimsByState {\n          state\n          count\n          amountFen\n        }\n        fundSpendingByCategory {\n          category\n          amountFen\n        }\n      }\n      targets {\n        indicatorId\n        name\n        direction\n        unit\n        value\n        actual\n        completionBp\n        weight\n        score\n        sourceQuery\n        deviationReason\n      }\n    }\n  }\n": typeof types.AnnualReportPageDocument,
    "\n  query ReportYears {\n    annualReportYears\n  }\n": typeof types.ReportYearsDocument,
    "\n  query SealedReports($year: Int!, $minPosition: SafeInt) {\n    sealedReports(year: $year, minPosition: $minPosition) {\n      sealId\n      year\n      township\n      position\n      headHash\n      figuresHash\n      sealedOn\n      sealedAt\n      sealedBy\n      note\n    }\n  }\n": typeof types.SealedReportsDocument,
    "\n  mutation SealAnnualReport($input: SealAnnualReportInput!) {\n    sealAnnualReport(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n": typeof types.SealAnnualReportDocument,
    "\n  query VerifySealedReport($year: Int!, $sealId: ID!) {\n    verifySealedReport(year: $year, sealId: $sealId) {\n      sealId\n      matches\n      figuresHash\n      regeneratedHash\n      position\n    }\n  }\n": typeof types.VerifySealedReportDocument,
    "\n  query ActingUsers {\n    users {\n      id\n      name\n      role\n      townshipName\n    }\n  }\n": typeof types.ActingUsersDocument,
    "\n  query SubsidyCaseMembers($id: ID!) {\n    case(id: $id) {\n      id\n      members {\n        personId\n        name\n        relation\n      }\n    }\n  }\n": typeof types.SubsidyCaseMembersDocument,
    "\n  query CaseSubsidies($id: ID!, $minPosition: SafeInt) {\n    case(id: $id, minPosition: $minPosition) {\n      id\n      headName\n      townshipName\n      village\n      subsidyApplications {\n        id\n        ...SubsidyTable_application\n      }\n    }\n  }\n": typeof types.CaseSubsidiesDocument,
    "\n  fragment SubsidyComputation_application on SubsidyApplication {\n    computation {\n      rulesEffectiveFrom\n      dayCounting\n      dailyRateFen\n      daysCounted\n      daysPayable\n      amountFen\n      capsApplied\n      years {\n        year\n        firstDay\n        lastDay\n        daysCounted\n        daysPayable\n        amountFen\n        capped\n      }\n      lines {\n        code\n        zh\n        en\n      }\n    }\n  }\n": typeof types.SubsidyComputation_ApplicationFragmentDoc,
    "\n  fragment SubsidyHeader_application on SubsidyApplication {\n    id\n    caseId\n    personName\n    townshipName\n    hospitalName\n    hospitalGrade\n    admittedOn\n    dischargedOn\n    appliedOn\n    status\n    amountFen\n    sunshineRef\n  }\n": typeof types.SubsidyHeader_ApplicationFragmentDoc,
    "\n  query SubsidyFamily($id: ID!) {\n    case(id: $id) {\n      id\n      headName\n    }\n  }\n": typeof types.SubsidyFamilyDocument,
    "\n  query SubsidyList($filter: SubsidyApplicationFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    subsidyApplications(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...SubsidyTable_application\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.SubsidyListDocument,
    "\n  query SubsidyPage($id: ID!, $minPosition: SafeInt) {\n    subsidyApplication(id: $id, minPosition: $minPosition) {\n      id\n      revision\n      status\n      noticeRequired\n      amountFen\n      personName\n      ...SubsidyHeader_application\n      ...SubsidyComputation_application\n      ...SubsidySteps_application\n    }\n  }\n": typeof types.SubsidyPageDocument,
    "\n  fragment SubsidySteps_application on SubsidyApplication {\n    noticeRequired\n    steps {\n      position\n      kind\n      outcome\n      recordedAt\n      actorName\n      actorRole\n      date\n      opinion\n      reason\n      note\n      objections\n      closesOn\n      externalRef\n      batchId\n      period\n      voucherNo\n    }\n  }\n": typeof types.SubsidySteps_ApplicationFragmentDoc,
    "\n  fragment SubsidyTable_application on SubsidyApplication {\n    id\n    personName\n    townshipName\n    hospitalName\n    admittedOn\n    dischargedOn\n    status\n    amountFen\n  }\n": typeof types.SubsidyTable_ApplicationFragmentDoc,
    "\n  mutation ApplyForSubsidy($input: ApplyForSubsidyInput!) {\n    applyForSubsidy(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": typeof types.ApplyForSubsidyDocument,
    "\n  mutation ReviewSubsidyByTownship($input: ReviewSubsidyByTownshipInput!) {\n    reviewSubsidyByTownship(input: $input) { id revision position }\n  }\n": typeof types.ReviewSubsidyByTownshipDocument,
    "\n  mutation SupplementSubsidyDocuments($input: SupplementSubsidyDocumentsInput!) {\n    supplementSubsidyDocuments(input: $input) { id revision position }\n  }\n": typeof types.SupplementSubsidyDocumentsDocument,
    "\n  mutation ReviewSubsidyByCounty($input: ReviewSubsidyByCountyInput!) {\n    reviewSubsidyByCounty(input: $input) { id revision position }\n  }\n": typeof types.ReviewSubsidyByCountyDocument,
    "\n  mutation PostSubsidyNotice($input: PostSubsidyNoticeInput!) {\n    postSubsidyNotice(input: $input) { id revision position }\n  }\n": typeof types.PostSubsidyNoticeDocument,
    "\n  mutation CloseSubsidyNotice($input: CloseSubsidyNoticeInput!) {\n    closeSubsidyNotice(input: $input) { id revision position }\n  }\n": typeof types.CloseSubsidyNoticeDocument,
    "\n  mutation RefuseSubsidyAfterNotice($input: RefuseSubsidyAfterNoticeInput!) {\n    refuseSubsidyAfterNotice(input: $input) { id revision position }\n  }\n": typeof types.RefuseSubsidyAfterNoticeDocument,
    "\n  mutation SubmitSubsidyToSunshine($input: SubmitSubsidyToSunshineInput!) {\n    submitSubsidyToSunshine(input: $input) { id revision position }\n  }\n": typeof types.SubmitSubsidyToSunshineDocument,
    "\n  mutation IssueSubsidyPayment($input: IssueSubsidyPaymentInput!) {\n    issueSubsidyPayment(input: $input) { id revision position }\n  }\n": typeof types.IssueSubsidyPaymentDocument,
    "\n  mutation ConfirmSubsidyPayment($input: ConfirmSubsidyPaymentInput!) {\n    confirmSubsidyPayment(input: $input) { id revision position }\n  }\n": typeof types.ConfirmSubsidyPaymentDocument,
    "\n  mutation RecordSubsidyPaymentFailure($input: RecordSubsidyPaymentFailureInput!) {\n    recordSubsidyPaymentFailure(input: $input) { id revision position }\n  }\n": typeof types.RecordSubsidyPaymentFailureDocument,
    "\n  mutation ReissueSubsidyPayment($input: ReissueSubsidyPaymentInput!) {\n    reissueSubsidyPayment(input: $input) { id revision position }\n  }\n": typeof types.ReissueSubsidyPaymentDocument,
    "\n  mutation SettleSubsidyReimbursement($input: SettleSubsidyReimbursementInput!) {\n    settleSubsidyReimbursement(input: $input) { id revision position }\n  }\n": typeof types.SettleSubsidyReimbursementDocument,
    "\n  mutation WithdrawSubsidyApplication($input: WithdrawSubsidyApplicationInput!) {\n    withdrawSubsidyApplication(input: $input) { id revision position }\n  }\n": typeof types.WithdrawSubsidyApplicationDocument,
    "\n  fragment ProjectionsTable_projection on ProjectionHealth {\n    name\n    position\n    headPosition\n    lag\n    status\n    skipped\n    failedPosition\n    failedEventId\n    error\n  }\n": typeof types.ProjectionsTable_ProjectionFragmentDoc,
    "\n  query Projections {\n    projections {\n      name\n      ...ProjectionsTable_projection\n    }\n  }\n": typeof types.ProjectionsDocument,
    "\n  mutation ResumeProjection($name: String!) {\n    resumeProjection(name: $name) {\n      name\n      ...ProjectionsTable_projection\n    }\n  }\n": typeof types.ResumeProjectionDocument,
    "\n  query Townships {\n    townships {\n      code\n      name\n    }\n  }\n": typeof types.TownshipsDocument,
    "\n  fragment VisitFields on Visit {\n    id\n    visitType\n    visitedOn\n    township\n    townshipName\n    visitors\n    caseIds\n    personsReached {\n      caseId\n      personId\n      name\n    }\n    personsReachedCount\n    caseCount\n    needsFound\n    followUp {\n      action\n      dueOn\n    }\n    cashAidFen\n    fundId\n    goods {\n      description\n      quantity\n      valueFen\n    }\n    goodsValueFen\n    status\n    voidReason\n    amendmentCount\n    revision\n  }\n": typeof types.VisitFieldsFragmentDoc,
    "\n  fragment ActivityFields on Activity {\n    id\n    venueKind\n    venueName\n    heldOn\n    topic\n    township\n    townshipName\n    attendees {\n      caseId\n      personId\n      name\n    }\n    attendeeCount\n    caseCount\n    cashAidFen\n    fundId\n    correctionCount\n    revision\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  query Visits($filter: VisitFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    visits(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...VisitFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.VisitsDocument,
    "\n  query Activities($filter: ActivityFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    activities(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ActivityFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.ActivitiesDocument,
    "\n  query VisitCaseMembers($id: ID!) {\n    case(id: $id) {\n      id\n      headName\n      township\n      members {\n        personId\n        name\n        deceased\n      }\n    }\n  }\n": typeof types.VisitCaseMembersDocument,
    "\n  query VisitFunds($year: Int) {\n    funds(filter: { year: $year }, first: 50) {\n      edges {\n        node {\n          id\n          name\n          remainingFen\n        }\n      }\n    }\n  }\n": typeof types.VisitFundsDocument,
    "\n  mutation RecordVisit($input: RecordVisitInput!) {\n    recordVisit(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": typeof types.RecordVisitDocument,
    "\n  mutation AmendVisit($input: AmendVisitInput!) {\n    amendVisit(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": typeof types.AmendVisitDocument,
    "\n  mutation VoidVisit($input: VoidVisitInput!) {\n    voidVisit(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": typeof types.VoidVisitDocument,
    "\n  mutation HoldActivity($input: HoldActivityInput!) {\n    holdActivity(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": typeof types.HoldActivityDocument,
    "\n  mutation CorrectAttendance($input: CorrectAttendanceInput!) {\n    correctAttendance(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": typeof types.CorrectAttendanceDocument,
};
const documents: Documents = {
    "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": types.AddCaseNoteDocument,
    "\n  mutation AssignContact($input: AssignContactInput!) {\n    assignContact(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.AssignContactDocument,
    "\n  fragment AuditEventDrawer_event on AuditEvent {\n    eventId\n    position\n    streamId\n    revision\n    type\n    schemaVersion\n    data\n    recordedAt\n    businessDate\n    actorId\n    actorName\n    actorRole\n    actorTownship\n    reason\n    commandId\n    correlationId\n    causationId\n    prevHash\n    hash\n    caseIds\n  }\n": types.AuditEventDrawer_EventFragmentDoc,
    "\n  query AuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          eventId\n          ...AuditTrailTable_event\n          ...AuditEventDrawer_event\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  fragment AuditTrailTable_event on AuditEvent {\n    eventId\n    position\n    type\n    data\n    recordedAt\n    businessDate\n    actorName\n    actorRole\n    actorTownship\n    reason\n  }\n": types.AuditTrailTable_EventFragmentDoc,
    "\n  query CaseList($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_case\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.CaseListDocument,
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
    "\n  fragment DonationYearFigures_year on DonationYear {\n    year\n    count\n    amountFen\n    matchingFen\n    totalFen\n  }\n": types.DonationYearFigures_YearFragmentDoc,
    "\n  mutation RecordDonation($input: RecordDonationInput!) {\n    recordDonation(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n": types.RecordDonationDocument,
    "\n  mutation ReverseDonation($input: ReverseDonationInput!) {\n    reverseDonation(input: $input) {\n      id\n      position\n    }\n  }\n": types.ReverseDonationDocument,
    "\n  query DonationsPage($year: Int!, $previousYear: Int!, $channel: DonationChannel, $first: Int, $after: String, $minPosition: SafeInt) {\n    thisYear: donationYear(year: $year, minPosition: $minPosition) {\n      ...DonationYearFigures_year\n    }\n    previousYear: donationYear(year: $previousYear) {\n      year\n      totalFen\n    }\n    donations(filter: { year: $year, channel: $channel }, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          year\n          donationId\n          receivedOn\n          channel\n          source\n          amountFen\n          matchingFen\n          totalFen\n          status\n          reversalReason\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.DonationsPageDocument,
    "\n  mutation ExitCase($input: ExitCaseInput!) {\n    exitCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.ExitCaseDocument,
    "\n  query FamilySearch($search: String, $first: Int) {\n    cases(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          headName\n          townshipName\n          village\n          members {\n            personId\n            name\n            idNumberMasked\n            deceased\n          }\n        }\n      }\n    }\n  }\n": types.FamilySearchDocument,
    "\n  mutation AllocateBudget($input: AllocateBudgetInput!) {\n    allocateBudget(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.AllocateBudgetDocument,
    "\n  mutation ReceiveFunds($input: ReceiveFundsInput!) {\n    receiveFunds(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n": types.ReceiveFundsDocument,
    "\n  mutation RecordExpenditure($input: RecordExpenditureInput!) {\n    recordExpenditure(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n": types.RecordExpenditureDocument,
    "\n  mutation ReverseExpenditure($input: ReverseExpenditureInput!) {\n    reverseExpenditure(input: $input) {\n      id\n      position\n    }\n  }\n": types.ReverseExpenditureDocument,
    "\n  mutation AdjustAllocation($input: AdjustAllocationInput!) {\n    adjustAllocation(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n": types.AdjustAllocationDocument,
    "\n  mutation SetPerformanceTarget($input: SetPerformanceTargetInput!) {\n    setPerformanceTarget(input: $input) {\n      id\n      position\n    }\n  }\n": types.SetPerformanceTargetDocument,
    "\n  mutation RevisePerformanceTarget($input: RevisePerformanceTargetInput!) {\n    revisePerformanceTarget(input: $input) {\n      id\n      position\n    }\n  }\n": types.RevisePerformanceTargetDocument,
    "\n  mutation WithdrawPerformanceTarget($input: WithdrawPerformanceTargetInput!) {\n    withdrawPerformanceTarget(input: $input) {\n      id\n      position\n    }\n  }\n": types.WithdrawPerformanceTargetDocument,
    "\n  query FundsPage($year: Int!, $first: Int, $after: String, $minPosition: SafeInt) {\n    funds(filter: { year: $year }, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          year\n          code\n          name\n          allocatedFen\n          receivedFen\n          spentFen\n          remainingFen\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.FundsPageDocument,
    "\n  query FundPage($id: ID!, $minPosition: SafeInt) {\n    fund(id: $id, minPosition: $minPosition) {\n      id\n      year\n      name\n      purpose\n      revision\n      allocatedFen\n      receivedFen\n      spentFen\n      remainingFen\n      figures {\n        basicSpentFen\n        balanceFen\n        receivedGapFen\n        byCategory {\n          category\n          spentFen\n          shareBp\n          basicShareBp\n        }\n      }\n    }\n  }\n": types.FundPageDocument,
    "\n  query FundLedger(\n    $id: ID!\n    $first: Int\n    $after: String\n    $category: ExpenditureCategory\n    $dateFrom: String\n    $dateTo: String\n    $minPosition: SafeInt\n  ) {\n    fund(id: $id, minPosition: $minPosition) {\n      id\n      ledger(first: $first, after: $after, category: $category, dateFrom: $dateFrom, dateTo: $dateTo) {\n        totalCount\n        edges {\n          cursor\n          node {\n            position\n            kind\n            date\n            entryId\n            amountFen\n            category\n            description\n            source\n            reason\n            reversed\n            runningRemainingFen\n            runningBalanceFen\n            actorName\n            linked {\n              streamId\n              kind\n              recordId\n            }\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n": types.FundLedgerDocument,
    "\n  query PerformanceTargets($year: Int!, $minPosition: SafeInt) {\n    performanceTargets(year: $year, minPosition: $minPosition) {\n      indicatorId\n      name\n      direction\n      value\n      unit\n      weight\n      sourceQuery\n      status\n      history {\n        position\n        kind\n        changes\n        reason\n        actorName\n        businessDate\n      }\n    }\n  }\n": types.PerformanceTargetsDocument,
    "\n  fragment ClaimTable_claim on InsuranceClaim {\n    id\n    policyYear\n    personName\n    idNumberMasked\n    townshipName\n    eventType\n    eventOn\n    reportedOn\n    status\n    settledAmountFen\n  }\n": types.ClaimTable_ClaimFragmentDoc,
    "\n  fragment EnrolmentTable_enrolment on InsuranceEnrolment {\n    id\n    policyId\n    year\n    caseId\n    personId\n    personName\n    idNumberMasked\n    townshipName\n    enrolledOn\n    coverageFrom\n    coverageTo\n    removedOn\n    removalReason\n    removalNote\n    active\n  }\n": types.EnrolmentTable_EnrolmentFragmentDoc,
    "\n  mutation PurchasePolicy($input: PurchasePolicyInput!) {\n    purchasePolicy(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.PurchasePolicyDocument,
    "\n  mutation EnrolMember($input: EnrolMemberInput!) {\n    enrolMember(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.EnrolMemberDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation ReportClaim($input: ReportClaimInput!) {\n    reportClaim(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": types.ReportClaimDocument,
    "\n  mutation SubmitClaimDocuments($input: SubmitClaimDocumentsInput!) {\n    submitClaimDocuments(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.SubmitClaimDocumentsDocument,
    "\n  mutation SendClaimToInsurer($input: SendClaimToInsurerInput!) {\n    sendClaimToInsurer(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.SendClaimToInsurerDocument,
    "\n  mutation SettleClaim($input: SettleClaimInput!) {\n    settleClaim(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.SettleClaimDocument,
    "\n  mutation RejectClaim($input: RejectClaimInput!) {\n    rejectClaim(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.RejectClaimDocument,
    "\n  mutation WithdrawClaim($input: WithdrawClaimInput!) {\n    withdrawClaim(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.WithdrawClaimDocument,
    "\n  query InsurancePolicies($filter: InsurancePolicyFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    insurancePolicies(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          year\n          insurer\n          product\n          premiumPerPersonFen\n          coverageFrom\n          coverageTo\n          enrolledCount\n          insuredPersons\n          premiumTotalFen\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.InsurancePoliciesDocument,
    "\n  query InsurancePolicy($id: ID!, $township: String, $activeOnly: Boolean, $minPosition: SafeInt) {\n    insurancePolicy(id: $id, minPosition: $minPosition) {\n      id\n      year\n      insurer\n      product\n      premiumPerPersonFen\n      coverageFrom\n      coverageTo\n      purchasedOn\n      targetEnrolment\n      enrolledCount\n      insuredPersons\n      premiumTotalFen\n      revision\n      enrolments(township: $township, activeOnly: $activeOnly) {\n        ...EnrolmentTable_enrolment\n      }\n    }\n  }\n": types.InsurancePolicyDocument,
    "\n  query InsuranceClaims($filter: InsuranceClaimFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    insuranceClaims(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ClaimTable_claim\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.InsuranceClaimsDocument,
    "\n  query InsuranceClaim($id: ID!, $minPosition: SafeInt) {\n    insuranceClaim(id: $id, minPosition: $minPosition) {\n      id\n      policyId\n      caseId\n      personName\n      idNumberMasked\n      townshipName\n      eventType\n      eventOn\n      reportedOn\n      status\n      documents\n      lastSubmittedOn\n      sentOn\n      insurerRef\n      settledAmountFen\n      settledOn\n      rejectionReason\n      rejectedOn\n      withdrawalReason\n      revision\n      description\n      history {\n        position\n        type\n        businessDate\n        recordedAt\n        actorName\n        reason\n      }\n    }\n  }\n": types.InsuranceClaimDocument,
    "\n  query CaseInsurance($id: ID!, $minPosition: SafeInt) {\n    case(id: $id, minPosition: $minPosition) {\n      id\n      insuranceEnrolments {\n        ...EnrolmentTable_enrolment\n      }\n      insuranceClaims {\n        id\n        ...ClaimTable_claim\n      }\n    }\n  }\n": types.CaseInsuranceDocument,
    "\n  query Integrity {\n    integrity {\n      ok\n      checked\n      headPosition\n      headHash\n      brokenAt\n      problem\n      checkedAt\n    }\n  }\n": types.IntegrityDocument,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PageInfoFieldsFragmentDoc,
    "\n  mutation RecordMemberDeath($input: RecordMemberDeathInput!) {\n    recordMemberDeath(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.RecordMemberDeathDocument,
    "\n  mutation RegisterMember($input: RegisterMemberInput!) {\n    registerMember(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": types.RegisterMemberDocument,
    "\n  mutation ReopenCase($input: ReopenCaseInput!) {\n    reopenCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n": types.ReopenCaseDocument,
    "\n  mutation ExplainTargetDeviation($input: ExplainTargetDeviationInput!) {\n    explainTargetDeviation(input: $input) {\n      id\n      position\n    }\n  }\n": types.ExplainTargetDeviationDocument,
    "\n  query AnnualReportPage($year: Int!, $township: String, $minPosition: SafeInt) {\n    annualReport(year: $year, township: $township, minPosition: $minPosition) {\n      year\n      township\n      position\n      figures {\n        key\n        unit\n        value\n        sources {\n          kind\n          recordId\n          streamId\n          caseIds\n          amountFen\n          positions\n        }\n      }\n      series {\n        subsidyIssuedByMonth {\n          month\n          amountFen\n          cumulativeFen\n        }\n        visitsByTownshipMonth {\n          township\n          month\n          count\n        }\n        claimsByState {\n          state\n          count\n          amountFen\n        }\n        fundSpendingByCategory {\n          category\n          amountFen\n        }\n      }\n      targets {\n        indicatorId\n        name\n        direction\n        unit\n        value\n        actual\n        completionBp\n        weight\n        score\n        sourceQuery\n        deviationReason\n      }\n    }\n  }\n": types.AnnualReportPageDocument,
    "\n  query ReportYears {\n    annualReportYears\n  }\n": types.ReportYearsDocument,
    "\n  query SealedReports($year: Int!, $minPosition: SafeInt) {\n    sealedReports(year: $year, minPosition: $minPosition) {\n      sealId\n      year\n      township\n      position\n      headHash\n      figuresHash\n      sealedOn\n      sealedAt\n      sealedBy\n      note\n    }\n  }\n": types.SealedReportsDocument,
    "\n  mutation SealAnnualReport($input: SealAnnualReportInput!) {\n    sealAnnualReport(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n": types.SealAnnualReportDocument,
    "\n  query VerifySealedReport($year: Int!, $sealId: ID!) {\n    verifySealedReport(year: $year, sealId: $sealId) {\n      sealId\n      matches\n      figuresHash\n      regeneratedHash\n      position\n    }\n  }\n": types.VerifySealedReportDocument,
    "\n  query ActingUsers {\n    users {\n      id\n      name\n      role\n      townshipName\n    }\n  }\n": types.ActingUsersDocument,
    "\n  query SubsidyCaseMembers($id: ID!) {\n    case(id: $id) {\n      id\n      members {\n        personId\n        name\n        relation\n      }\n    }\n  }\n": types.SubsidyCaseMembersDocument,
    "\n  query CaseSubsidies($id: ID!, $minPosition: SafeInt) {\n    case(id: $id, minPosition: $minPosition) {\n      id\n      headName\n      townshipName\n      village\n      subsidyApplications {\n        id\n        ...SubsidyTable_application\n      }\n    }\n  }\n": types.CaseSubsidiesDocument,
    "\n  fragment SubsidyComputation_application on SubsidyApplication {\n    computation {\n      rulesEffectiveFrom\n      dayCounting\n      dailyRateFen\n      daysCounted\n      daysPayable\n      amountFen\n      capsApplied\n      years {\n        year\n        firstDay\n        lastDay\n        daysCounted\n        daysPayable\n        amountFen\n        capped\n      }\n      lines {\n        code\n        zh\n        en\n      }\n    }\n  }\n": types.SubsidyComputation_ApplicationFragmentDoc,
    "\n  fragment SubsidyHeader_application on SubsidyApplication {\n    id\n    caseId\n    personName\n    townshipName\n    hospitalName\n    hospitalGrade\n    admittedOn\n    dischargedOn\n    appliedOn\n    status\n    amountFen\n    sunshineRef\n  }\n": types.SubsidyHeader_ApplicationFragmentDoc,
    "\n  query SubsidyFamily($id: ID!) {\n    case(id: $id) {\n      id\n      headName\n    }\n  }\n": types.SubsidyFamilyDocument,
    "\n  query SubsidyList($filter: SubsidyApplicationFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    subsidyApplications(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...SubsidyTable_application\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.SubsidyListDocument,
    "\n  query SubsidyPage($id: ID!, $minPosition: SafeInt) {\n    subsidyApplication(id: $id, minPosition: $minPosition) {\n      id\n      revision\n      status\n      noticeRequired\n      amountFen\n      personName\n      ...SubsidyHeader_application\n      ...SubsidyComputation_application\n      ...SubsidySteps_application\n    }\n  }\n": types.SubsidyPageDocument,
    "\n  fragment SubsidySteps_application on SubsidyApplication {\n    noticeRequired\n    steps {\n      position\n      kind\n      outcome\n      recordedAt\n      actorName\n      actorRole\n      date\n      opinion\n      reason\n      note\n      objections\n      closesOn\n      externalRef\n      batchId\n      period\n      voucherNo\n    }\n  }\n": types.SubsidySteps_ApplicationFragmentDoc,
    "\n  fragment SubsidyTable_application on SubsidyApplication {\n    id\n    personName\n    townshipName\n    hospitalName\n    admittedOn\n    dischargedOn\n    status\n    amountFen\n  }\n": types.SubsidyTable_ApplicationFragmentDoc,
    "\n  mutation ApplyForSubsidy($input: ApplyForSubsidyInput!) {\n    applyForSubsidy(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": types.ApplyForSubsidyDocument,
    "\n  mutation ReviewSubsidyByTownship($input: ReviewSubsidyByTownshipInput!) {\n    reviewSubsidyByTownship(input: $input) { id revision position }\n  }\n": types.ReviewSubsidyByTownshipDocument,
    "\n  mutation SupplementSubsidyDocuments($input: SupplementSubsidyDocumentsInput!) {\n    supplementSubsidyDocuments(input: $input) { id revision position }\n  }\n": types.SupplementSubsidyDocumentsDocument,
    "\n  mutation ReviewSubsidyByCounty($input: ReviewSubsidyByCountyInput!) {\n    reviewSubsidyByCounty(input: $input) { id revision position }\n  }\n": types.ReviewSubsidyByCountyDocument,
    "\n  mutation PostSubsidyNotice($input: PostSubsidyNoticeInput!) {\n    postSubsidyNotice(input: $input) { id revision position }\n  }\n": types.PostSubsidyNoticeDocument,
    "\n  mutation CloseSubsidyNotice($input: CloseSubsidyNoticeInput!) {\n    closeSubsidyNotice(input: $input) { id revision position }\n  }\n": types.CloseSubsidyNoticeDocument,
    "\n  mutation RefuseSubsidyAfterNotice($input: RefuseSubsidyAfterNoticeInput!) {\n    refuseSubsidyAfterNotice(input: $input) { id revision position }\n  }\n": types.RefuseSubsidyAfterNoticeDocument,
    "\n  mutation SubmitSubsidyToSunshine($input: SubmitSubsidyToSunshineInput!) {\n    submitSubsidyToSunshine(input: $input) { id revision position }\n  }\n": types.SubmitSubsidyToSunshineDocument,
    "\n  mutation IssueSubsidyPayment($input: IssueSubsidyPaymentInput!) {\n    issueSubsidyPayment(input: $input) { id revision position }\n  }\n": types.IssueSubsidyPaymentDocument,
    "\n  mutation ConfirmSubsidyPayment($input: ConfirmSubsidyPaymentInput!) {\n    confirmSubsidyPayment(input: $input) { id revision position }\n  }\n": types.ConfirmSubsidyPaymentDocument,
    "\n  mutation RecordSubsidyPaymentFailure($input: RecordSubsidyPaymentFailureInput!) {\n    recordSubsidyPaymentFailure(input: $input) { id revision position }\n  }\n": types.RecordSubsidyPaymentFailureDocument,
    "\n  mutation ReissueSubsidyPayment($input: ReissueSubsidyPaymentInput!) {\n    reissueSubsidyPayment(input: $input) { id revision position }\n  }\n": types.ReissueSubsidyPaymentDocument,
    "\n  mutation SettleSubsidyReimbursement($input: SettleSubsidyReimbursementInput!) {\n    settleSubsidyReimbursement(input: $input) { id revision position }\n  }\n": types.SettleSubsidyReimbursementDocument,
    "\n  mutation WithdrawSubsidyApplication($input: WithdrawSubsidyApplicationInput!) {\n    withdrawSubsidyApplication(input: $input) { id revision position }\n  }\n": types.WithdrawSubsidyApplicationDocument,
    "\n  fragment ProjectionsTable_projection on ProjectionHealth {\n    name\n    position\n    headPosition\n    lag\n    status\n    skipped\n    failedPosition\n    failedEventId\n    error\n  }\n": types.ProjectionsTable_ProjectionFragmentDoc,
    "\n  query Projections {\n    projections {\n      name\n      ...ProjectionsTable_projection\n    }\n  }\n": types.ProjectionsDocument,
    "\n  mutation ResumeProjection($name: String!) {\n    resumeProjection(name: $name) {\n      name\n      ...ProjectionsTable_projection\n    }\n  }\n": types.ResumeProjectionDocument,
    "\n  query Townships {\n    townships {\n      code\n      name\n    }\n  }\n": types.TownshipsDocument,
    "\n  fragment VisitFields on Visit {\n    id\n    visitType\n    visitedOn\n    township\n    townshipName\n    visitors\n    caseIds\n    personsReached {\n      caseId\n      personId\n      name\n    }\n    personsReachedCount\n    caseCount\n    needsFound\n    followUp {\n      action\n      dueOn\n    }\n    cashAidFen\n    fundId\n    goods {\n      description\n      quantity\n      valueFen\n    }\n    goodsValueFen\n    status\n    voidReason\n    amendmentCount\n    revision\n  }\n": types.VisitFieldsFragmentDoc,
    "\n  fragment ActivityFields on Activity {\n    id\n    venueKind\n    venueName\n    heldOn\n    topic\n    township\n    townshipName\n    attendees {\n      caseId\n      personId\n      name\n    }\n    attendeeCount\n    caseCount\n    cashAidFen\n    fundId\n    correctionCount\n    revision\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  query Visits($filter: VisitFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    visits(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...VisitFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.VisitsDocument,
    "\n  query Activities($filter: ActivityFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    activities(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ActivityFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.ActivitiesDocument,
    "\n  query VisitCaseMembers($id: ID!) {\n    case(id: $id) {\n      id\n      headName\n      township\n      members {\n        personId\n        name\n        deceased\n      }\n    }\n  }\n": types.VisitCaseMembersDocument,
    "\n  query VisitFunds($year: Int) {\n    funds(filter: { year: $year }, first: 50) {\n      edges {\n        node {\n          id\n          name\n          remainingFen\n        }\n      }\n    }\n  }\n": types.VisitFundsDocument,
    "\n  mutation RecordVisit($input: RecordVisitInput!) {\n    recordVisit(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": types.RecordVisitDocument,
    "\n  mutation AmendVisit($input: AmendVisitInput!) {\n    amendVisit(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": types.AmendVisitDocument,
    "\n  mutation VoidVisit($input: VoidVisitInput!) {\n    voidVisit(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": types.VoidVisitDocument,
    "\n  mutation HoldActivity($input: HoldActivityInput!) {\n    holdActivity(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": types.HoldActivityDocument,
    "\n  mutation CorrectAttendance($input: CorrectAttendanceInput!) {\n    correctAttendance(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n": types.CorrectAttendanceDocument,
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
export function graphql(source: "\n  query AuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          eventId\n          ...AuditTrailTable_event\n          ...AuditEventDrawer_event\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($filter: AuditFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          eventId\n          ...AuditTrailTable_event\n          ...AuditEventDrawer_event\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditTrailTable_event on AuditEvent {\n    eventId\n    position\n    type\n    data\n    recordedAt\n    businessDate\n    actorName\n    actorRole\n    actorTownship\n    reason\n  }\n"): (typeof documents)["\n  fragment AuditTrailTable_event on AuditEvent {\n    eventId\n    position\n    type\n    data\n    recordedAt\n    businessDate\n    actorName\n    actorRole\n    actorTownship\n    reason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseList($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_case\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseList($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_case\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment DonationYearFigures_year on DonationYear {\n    year\n    count\n    amountFen\n    matchingFen\n    totalFen\n  }\n"): (typeof documents)["\n  fragment DonationYearFigures_year on DonationYear {\n    year\n    count\n    amountFen\n    matchingFen\n    totalFen\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDonation($input: RecordDonationInput!) {\n    recordDonation(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDonation($input: RecordDonationInput!) {\n    recordDonation(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReverseDonation($input: ReverseDonationInput!) {\n    reverseDonation(input: $input) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReverseDonation($input: ReverseDonationInput!) {\n    reverseDonation(input: $input) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DonationsPage($year: Int!, $previousYear: Int!, $channel: DonationChannel, $first: Int, $after: String, $minPosition: SafeInt) {\n    thisYear: donationYear(year: $year, minPosition: $minPosition) {\n      ...DonationYearFigures_year\n    }\n    previousYear: donationYear(year: $previousYear) {\n      year\n      totalFen\n    }\n    donations(filter: { year: $year, channel: $channel }, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          year\n          donationId\n          receivedOn\n          channel\n          source\n          amountFen\n          matchingFen\n          totalFen\n          status\n          reversalReason\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DonationsPage($year: Int!, $previousYear: Int!, $channel: DonationChannel, $first: Int, $after: String, $minPosition: SafeInt) {\n    thisYear: donationYear(year: $year, minPosition: $minPosition) {\n      ...DonationYearFigures_year\n    }\n    previousYear: donationYear(year: $previousYear) {\n      year\n      totalFen\n    }\n    donations(filter: { year: $year, channel: $channel }, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          year\n          donationId\n          receivedOn\n          channel\n          source\n          amountFen\n          matchingFen\n          totalFen\n          status\n          reversalReason\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExitCase($input: ExitCaseInput!) {\n    exitCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ExitCase($input: ExitCaseInput!) {\n    exitCase(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilySearch($search: String, $first: Int) {\n    cases(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          headName\n          townshipName\n          village\n          members {\n            personId\n            name\n            idNumberMasked\n            deceased\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FamilySearch($search: String, $first: Int) {\n    cases(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          headName\n          townshipName\n          village\n          members {\n            personId\n            name\n            idNumberMasked\n            deceased\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocateBudget($input: AllocateBudgetInput!) {\n    allocateBudget(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation AllocateBudget($input: AllocateBudgetInput!) {\n    allocateBudget(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveFunds($input: ReceiveFundsInput!) {\n    receiveFunds(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReceiveFunds($input: ReceiveFundsInput!) {\n    receiveFunds(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordExpenditure($input: RecordExpenditureInput!) {\n    recordExpenditure(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation RecordExpenditure($input: RecordExpenditureInput!) {\n    recordExpenditure(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReverseExpenditure($input: ReverseExpenditureInput!) {\n    reverseExpenditure(input: $input) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReverseExpenditure($input: ReverseExpenditureInput!) {\n    reverseExpenditure(input: $input) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustAllocation($input: AdjustAllocationInput!) {\n    adjustAllocation(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustAllocation($input: AdjustAllocationInput!) {\n    adjustAllocation(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPerformanceTarget($input: SetPerformanceTargetInput!) {\n    setPerformanceTarget(input: $input) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation SetPerformanceTarget($input: SetPerformanceTargetInput!) {\n    setPerformanceTarget(input: $input) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevisePerformanceTarget($input: RevisePerformanceTargetInput!) {\n    revisePerformanceTarget(input: $input) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation RevisePerformanceTarget($input: RevisePerformanceTargetInput!) {\n    revisePerformanceTarget(input: $input) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawPerformanceTarget($input: WithdrawPerformanceTargetInput!) {\n    withdrawPerformanceTarget(input: $input) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawPerformanceTarget($input: WithdrawPerformanceTargetInput!) {\n    withdrawPerformanceTarget(input: $input) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundsPage($year: Int!, $first: Int, $after: String, $minPosition: SafeInt) {\n    funds(filter: { year: $year }, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          year\n          code\n          name\n          allocatedFen\n          receivedFen\n          spentFen\n          remainingFen\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundsPage($year: Int!, $first: Int, $after: String, $minPosition: SafeInt) {\n    funds(filter: { year: $year }, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          year\n          code\n          name\n          allocatedFen\n          receivedFen\n          spentFen\n          remainingFen\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundPage($id: ID!, $minPosition: SafeInt) {\n    fund(id: $id, minPosition: $minPosition) {\n      id\n      year\n      name\n      purpose\n      revision\n      allocatedFen\n      receivedFen\n      spentFen\n      remainingFen\n      figures {\n        basicSpentFen\n        balanceFen\n        receivedGapFen\n        byCategory {\n          category\n          spentFen\n          shareBp\n          basicShareBp\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundPage($id: ID!, $minPosition: SafeInt) {\n    fund(id: $id, minPosition: $minPosition) {\n      id\n      year\n      name\n      purpose\n      revision\n      allocatedFen\n      receivedFen\n      spentFen\n      remainingFen\n      figures {\n        basicSpentFen\n        balanceFen\n        receivedGapFen\n        byCategory {\n          category\n          spentFen\n          shareBp\n          basicShareBp\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundLedger(\n    $id: ID!\n    $first: Int\n    $after: String\n    $category: ExpenditureCategory\n    $dateFrom: String\n    $dateTo: String\n    $minPosition: SafeInt\n  ) {\n    fund(id: $id, minPosition: $minPosition) {\n      id\n      ledger(first: $first, after: $after, category: $category, dateFrom: $dateFrom, dateTo: $dateTo) {\n        totalCount\n        edges {\n          cursor\n          node {\n            position\n            kind\n            date\n            entryId\n            amountFen\n            category\n            description\n            source\n            reason\n            reversed\n            runningRemainingFen\n            runningBalanceFen\n            actorName\n            linked {\n              streamId\n              kind\n              recordId\n            }\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundLedger(\n    $id: ID!\n    $first: Int\n    $after: String\n    $category: ExpenditureCategory\n    $dateFrom: String\n    $dateTo: String\n    $minPosition: SafeInt\n  ) {\n    fund(id: $id, minPosition: $minPosition) {\n      id\n      ledger(first: $first, after: $after, category: $category, dateFrom: $dateFrom, dateTo: $dateTo) {\n        totalCount\n        edges {\n          cursor\n          node {\n            position\n            kind\n            date\n            entryId\n            amountFen\n            category\n            description\n            source\n            reason\n            reversed\n            runningRemainingFen\n            runningBalanceFen\n            actorName\n            linked {\n              streamId\n              kind\n              recordId\n            }\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PerformanceTargets($year: Int!, $minPosition: SafeInt) {\n    performanceTargets(year: $year, minPosition: $minPosition) {\n      indicatorId\n      name\n      direction\n      value\n      unit\n      weight\n      sourceQuery\n      status\n      history {\n        position\n        kind\n        changes\n        reason\n        actorName\n        businessDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query PerformanceTargets($year: Int!, $minPosition: SafeInt) {\n    performanceTargets(year: $year, minPosition: $minPosition) {\n      indicatorId\n      name\n      direction\n      value\n      unit\n      weight\n      sourceQuery\n      status\n      history {\n        position\n        kind\n        changes\n        reason\n        actorName\n        businessDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimTable_claim on InsuranceClaim {\n    id\n    policyYear\n    personName\n    idNumberMasked\n    townshipName\n    eventType\n    eventOn\n    reportedOn\n    status\n    settledAmountFen\n  }\n"): (typeof documents)["\n  fragment ClaimTable_claim on InsuranceClaim {\n    id\n    policyYear\n    personName\n    idNumberMasked\n    townshipName\n    eventType\n    eventOn\n    reportedOn\n    status\n    settledAmountFen\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnrolmentTable_enrolment on InsuranceEnrolment {\n    id\n    policyId\n    year\n    caseId\n    personId\n    personName\n    idNumberMasked\n    townshipName\n    enrolledOn\n    coverageFrom\n    coverageTo\n    removedOn\n    removalReason\n    removalNote\n    active\n  }\n"): (typeof documents)["\n  fragment EnrolmentTable_enrolment on InsuranceEnrolment {\n    id\n    policyId\n    year\n    caseId\n    personId\n    personName\n    idNumberMasked\n    townshipName\n    enrolledOn\n    coverageFrom\n    coverageTo\n    removedOn\n    removalReason\n    removalNote\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchasePolicy($input: PurchasePolicyInput!) {\n    purchasePolicy(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation PurchasePolicy($input: PurchasePolicyInput!) {\n    purchasePolicy(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolMember($input: EnrolMemberInput!) {\n    enrolMember(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolMember($input: EnrolMemberInput!) {\n    enrolMember(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportClaim($input: ReportClaimInput!) {\n    reportClaim(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReportClaim($input: ReportClaimInput!) {\n    reportClaim(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitClaimDocuments($input: SubmitClaimDocumentsInput!) {\n    submitClaimDocuments(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitClaimDocuments($input: SubmitClaimDocumentsInput!) {\n    submitClaimDocuments(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendClaimToInsurer($input: SendClaimToInsurerInput!) {\n    sendClaimToInsurer(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation SendClaimToInsurer($input: SendClaimToInsurerInput!) {\n    sendClaimToInsurer(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettleClaim($input: SettleClaimInput!) {\n    settleClaim(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation SettleClaim($input: SettleClaimInput!) {\n    settleClaim(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectClaim($input: RejectClaimInput!) {\n    rejectClaim(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation RejectClaim($input: RejectClaimInput!) {\n    rejectClaim(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawClaim($input: WithdrawClaimInput!) {\n    withdrawClaim(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawClaim($input: WithdrawClaimInput!) {\n    withdrawClaim(input: $input) {\n      id\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsurancePolicies($filter: InsurancePolicyFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    insurancePolicies(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          year\n          insurer\n          product\n          premiumPerPersonFen\n          coverageFrom\n          coverageTo\n          enrolledCount\n          insuredPersons\n          premiumTotalFen\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query InsurancePolicies($filter: InsurancePolicyFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    insurancePolicies(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          year\n          insurer\n          product\n          premiumPerPersonFen\n          coverageFrom\n          coverageTo\n          enrolledCount\n          insuredPersons\n          premiumTotalFen\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsurancePolicy($id: ID!, $township: String, $activeOnly: Boolean, $minPosition: SafeInt) {\n    insurancePolicy(id: $id, minPosition: $minPosition) {\n      id\n      year\n      insurer\n      product\n      premiumPerPersonFen\n      coverageFrom\n      coverageTo\n      purchasedOn\n      targetEnrolment\n      enrolledCount\n      insuredPersons\n      premiumTotalFen\n      revision\n      enrolments(township: $township, activeOnly: $activeOnly) {\n        ...EnrolmentTable_enrolment\n      }\n    }\n  }\n"): (typeof documents)["\n  query InsurancePolicy($id: ID!, $township: String, $activeOnly: Boolean, $minPosition: SafeInt) {\n    insurancePolicy(id: $id, minPosition: $minPosition) {\n      id\n      year\n      insurer\n      product\n      premiumPerPersonFen\n      coverageFrom\n      coverageTo\n      purchasedOn\n      targetEnrolment\n      enrolledCount\n      insuredPersons\n      premiumTotalFen\n      revision\n      enrolments(township: $township, activeOnly: $activeOnly) {\n        ...EnrolmentTable_enrolment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsuranceClaims($filter: InsuranceClaimFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    insuranceClaims(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ClaimTable_claim\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query InsuranceClaims($filter: InsuranceClaimFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    insuranceClaims(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ClaimTable_claim\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsuranceClaim($id: ID!, $minPosition: SafeInt) {\n    insuranceClaim(id: $id, minPosition: $minPosition) {\n      id\n      policyId\n      caseId\n      personName\n      idNumberMasked\n      townshipName\n      eventType\n      eventOn\n      reportedOn\n      status\n      documents\n      lastSubmittedOn\n      sentOn\n      insurerRef\n      settledAmountFen\n      settledOn\n      rejectionReason\n      rejectedOn\n      withdrawalReason\n      revision\n      description\n      history {\n        position\n        type\n        businessDate\n        recordedAt\n        actorName\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query InsuranceClaim($id: ID!, $minPosition: SafeInt) {\n    insuranceClaim(id: $id, minPosition: $minPosition) {\n      id\n      policyId\n      caseId\n      personName\n      idNumberMasked\n      townshipName\n      eventType\n      eventOn\n      reportedOn\n      status\n      documents\n      lastSubmittedOn\n      sentOn\n      insurerRef\n      settledAmountFen\n      settledOn\n      rejectionReason\n      rejectedOn\n      withdrawalReason\n      revision\n      description\n      history {\n        position\n        type\n        businessDate\n        recordedAt\n        actorName\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseInsurance($id: ID!, $minPosition: SafeInt) {\n    case(id: $id, minPosition: $minPosition) {\n      id\n      insuranceEnrolments {\n        ...EnrolmentTable_enrolment\n      }\n      insuranceClaims {\n        id\n        ...ClaimTable_claim\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseInsurance($id: ID!, $minPosition: SafeInt) {\n    case(id: $id, minPosition: $minPosition) {\n      id\n      insuranceEnrolments {\n        ...EnrolmentTable_enrolment\n      }\n      insuranceClaims {\n        id\n        ...ClaimTable_claim\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Integrity {\n    integrity {\n      ok\n      checked\n      headPosition\n      headHash\n      brokenAt\n      problem\n      checkedAt\n    }\n  }\n"): (typeof documents)["\n  query Integrity {\n    integrity {\n      ok\n      checked\n      headPosition\n      headHash\n      brokenAt\n      problem\n      checkedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];
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
export function graphql(source: "\n  mutation ExplainTargetDeviation($input: ExplainTargetDeviationInput!) {\n    explainTargetDeviation(input: $input) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ExplainTargetDeviation($input: ExplainTargetDeviationInput!) {\n    explainTargetDeviation(input: $input) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualReportPage($year: Int!, $township: String, $minPosition: SafeInt) {\n    annualReport(year: $year, township: $township, minPosition: $minPosition) {\n      year\n      township\n      position\n      figures {\n        key\n        unit\n        value\n        sources {\n          kind\n          recordId\n          streamId\n          caseIds\n          amountFen\n          positions\n        }\n      }\n      series {\n        subsidyIssuedByMonth {\n          month\n          amountFen\n          cumulativeFen\n        }\n        visitsByTownshipMonth {\n          township\n          month\n          count\n        }\n        claimsByState {\n          state\n          count\n          amountFen\n        }\n        fundSpendingByCategory {\n          category\n          amountFen\n        }\n      }\n      targets {\n        indicatorId\n        name\n        direction\n        unit\n        value\n        actual\n        completionBp\n        weight\n        score\n        sourceQuery\n        deviationReason\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnualReportPage($year: Int!, $township: String, $minPosition: SafeInt) {\n    annualReport(year: $year, township: $township, minPosition: $minPosition) {\n      year\n      township\n      position\n      figures {\n        key\n        unit\n        value\n        sources {\n          kind\n          recordId\n          streamId\n          caseIds\n          amountFen\n          positions\n        }\n      }\n      series {\n        subsidyIssuedByMonth {\n          month\n          amountFen\n          cumulativeFen\n        }\n        visitsByTownshipMonth {\n          township\n          month\n          count\n        }\n        claimsByState {\n          state\n          count\n          amountFen\n        }\n        fundSpendingByCategory {\n          category\n          amountFen\n        }\n      }\n      targets {\n        indicatorId\n        name\n        direction\n        unit\n        value\n        actual\n        completionBp\n        weight\n        score\n        sourceQuery\n        deviationReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportYears {\n    annualReportYears\n  }\n"): (typeof documents)["\n  query ReportYears {\n    annualReportYears\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SealedReports($year: Int!, $minPosition: SafeInt) {\n    sealedReports(year: $year, minPosition: $minPosition) {\n      sealId\n      year\n      township\n      position\n      headHash\n      figuresHash\n      sealedOn\n      sealedAt\n      sealedBy\n      note\n    }\n  }\n"): (typeof documents)["\n  query SealedReports($year: Int!, $minPosition: SafeInt) {\n    sealedReports(year: $year, minPosition: $minPosition) {\n      sealId\n      year\n      township\n      position\n      headHash\n      figuresHash\n      sealedOn\n      sealedAt\n      sealedBy\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SealAnnualReport($input: SealAnnualReportInput!) {\n    sealAnnualReport(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation SealAnnualReport($input: SealAnnualReportInput!) {\n    sealAnnualReport(input: $input) {\n      id\n      createdId\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifySealedReport($year: Int!, $sealId: ID!) {\n    verifySealedReport(year: $year, sealId: $sealId) {\n      sealId\n      matches\n      figuresHash\n      regeneratedHash\n      position\n    }\n  }\n"): (typeof documents)["\n  query VerifySealedReport($year: Int!, $sealId: ID!) {\n    verifySealedReport(year: $year, sealId: $sealId) {\n      sealId\n      matches\n      figuresHash\n      regeneratedHash\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActingUsers {\n    users {\n      id\n      name\n      role\n      townshipName\n    }\n  }\n"): (typeof documents)["\n  query ActingUsers {\n    users {\n      id\n      name\n      role\n      townshipName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidyCaseMembers($id: ID!) {\n    case(id: $id) {\n      id\n      members {\n        personId\n        name\n        relation\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubsidyCaseMembers($id: ID!) {\n    case(id: $id) {\n      id\n      members {\n        personId\n        name\n        relation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseSubsidies($id: ID!, $minPosition: SafeInt) {\n    case(id: $id, minPosition: $minPosition) {\n      id\n      headName\n      townshipName\n      village\n      subsidyApplications {\n        id\n        ...SubsidyTable_application\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseSubsidies($id: ID!, $minPosition: SafeInt) {\n    case(id: $id, minPosition: $minPosition) {\n      id\n      headName\n      townshipName\n      village\n      subsidyApplications {\n        id\n        ...SubsidyTable_application\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubsidyComputation_application on SubsidyApplication {\n    computation {\n      rulesEffectiveFrom\n      dayCounting\n      dailyRateFen\n      daysCounted\n      daysPayable\n      amountFen\n      capsApplied\n      years {\n        year\n        firstDay\n        lastDay\n        daysCounted\n        daysPayable\n        amountFen\n        capped\n      }\n      lines {\n        code\n        zh\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SubsidyComputation_application on SubsidyApplication {\n    computation {\n      rulesEffectiveFrom\n      dayCounting\n      dailyRateFen\n      daysCounted\n      daysPayable\n      amountFen\n      capsApplied\n      years {\n        year\n        firstDay\n        lastDay\n        daysCounted\n        daysPayable\n        amountFen\n        capped\n      }\n      lines {\n        code\n        zh\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubsidyHeader_application on SubsidyApplication {\n    id\n    caseId\n    personName\n    townshipName\n    hospitalName\n    hospitalGrade\n    admittedOn\n    dischargedOn\n    appliedOn\n    status\n    amountFen\n    sunshineRef\n  }\n"): (typeof documents)["\n  fragment SubsidyHeader_application on SubsidyApplication {\n    id\n    caseId\n    personName\n    townshipName\n    hospitalName\n    hospitalGrade\n    admittedOn\n    dischargedOn\n    appliedOn\n    status\n    amountFen\n    sunshineRef\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidyFamily($id: ID!) {\n    case(id: $id) {\n      id\n      headName\n    }\n  }\n"): (typeof documents)["\n  query SubsidyFamily($id: ID!) {\n    case(id: $id) {\n      id\n      headName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidyList($filter: SubsidyApplicationFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    subsidyApplications(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...SubsidyTable_application\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubsidyList($filter: SubsidyApplicationFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    subsidyApplications(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...SubsidyTable_application\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidyPage($id: ID!, $minPosition: SafeInt) {\n    subsidyApplication(id: $id, minPosition: $minPosition) {\n      id\n      revision\n      status\n      noticeRequired\n      amountFen\n      personName\n      ...SubsidyHeader_application\n      ...SubsidyComputation_application\n      ...SubsidySteps_application\n    }\n  }\n"): (typeof documents)["\n  query SubsidyPage($id: ID!, $minPosition: SafeInt) {\n    subsidyApplication(id: $id, minPosition: $minPosition) {\n      id\n      revision\n      status\n      noticeRequired\n      amountFen\n      personName\n      ...SubsidyHeader_application\n      ...SubsidyComputation_application\n      ...SubsidySteps_application\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubsidySteps_application on SubsidyApplication {\n    noticeRequired\n    steps {\n      position\n      kind\n      outcome\n      recordedAt\n      actorName\n      actorRole\n      date\n      opinion\n      reason\n      note\n      objections\n      closesOn\n      externalRef\n      batchId\n      period\n      voucherNo\n    }\n  }\n"): (typeof documents)["\n  fragment SubsidySteps_application on SubsidyApplication {\n    noticeRequired\n    steps {\n      position\n      kind\n      outcome\n      recordedAt\n      actorName\n      actorRole\n      date\n      opinion\n      reason\n      note\n      objections\n      closesOn\n      externalRef\n      batchId\n      period\n      voucherNo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubsidyTable_application on SubsidyApplication {\n    id\n    personName\n    townshipName\n    hospitalName\n    admittedOn\n    dischargedOn\n    status\n    amountFen\n  }\n"): (typeof documents)["\n  fragment SubsidyTable_application on SubsidyApplication {\n    id\n    personName\n    townshipName\n    hospitalName\n    admittedOn\n    dischargedOn\n    status\n    amountFen\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyForSubsidy($input: ApplyForSubsidyInput!) {\n    applyForSubsidy(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyForSubsidy($input: ApplyForSubsidyInput!) {\n    applyForSubsidy(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewSubsidyByTownship($input: ReviewSubsidyByTownshipInput!) {\n    reviewSubsidyByTownship(input: $input) { id revision position }\n  }\n"): (typeof documents)["\n  mutation ReviewSubsidyByTownship($input: ReviewSubsidyByTownshipInput!) {\n    reviewSubsidyByTownship(input: $input) { id revision position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupplementSubsidyDocuments($input: SupplementSubsidyDocumentsInput!) {\n    supplementSubsidyDocuments(input: $input) { id revision position }\n  }\n"): (typeof documents)["\n  mutation SupplementSubsidyDocuments($input: SupplementSubsidyDocumentsInput!) {\n    supplementSubsidyDocuments(input: $input) { id revision position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewSubsidyByCounty($input: ReviewSubsidyByCountyInput!) {\n    reviewSubsidyByCounty(input: $input) { id revision position }\n  }\n"): (typeof documents)["\n  mutation ReviewSubsidyByCounty($input: ReviewSubsidyByCountyInput!) {\n    reviewSubsidyByCounty(input: $input) { id revision position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostSubsidyNotice($input: PostSubsidyNoticeInput!) {\n    postSubsidyNotice(input: $input) { id revision position }\n  }\n"): (typeof documents)["\n  mutation PostSubsidyNotice($input: PostSubsidyNoticeInput!) {\n    postSubsidyNotice(input: $input) { id revision position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSubsidyNotice($input: CloseSubsidyNoticeInput!) {\n    closeSubsidyNotice(input: $input) { id revision position }\n  }\n"): (typeof documents)["\n  mutation CloseSubsidyNotice($input: CloseSubsidyNoticeInput!) {\n    closeSubsidyNotice(input: $input) { id revision position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseSubsidyAfterNotice($input: RefuseSubsidyAfterNoticeInput!) {\n    refuseSubsidyAfterNotice(input: $input) { id revision position }\n  }\n"): (typeof documents)["\n  mutation RefuseSubsidyAfterNotice($input: RefuseSubsidyAfterNoticeInput!) {\n    refuseSubsidyAfterNotice(input: $input) { id revision position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSubsidyToSunshine($input: SubmitSubsidyToSunshineInput!) {\n    submitSubsidyToSunshine(input: $input) { id revision position }\n  }\n"): (typeof documents)["\n  mutation SubmitSubsidyToSunshine($input: SubmitSubsidyToSunshineInput!) {\n    submitSubsidyToSunshine(input: $input) { id revision position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueSubsidyPayment($input: IssueSubsidyPaymentInput!) {\n    issueSubsidyPayment(input: $input) { id revision position }\n  }\n"): (typeof documents)["\n  mutation IssueSubsidyPayment($input: IssueSubsidyPaymentInput!) {\n    issueSubsidyPayment(input: $input) { id revision position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSubsidyPayment($input: ConfirmSubsidyPaymentInput!) {\n    confirmSubsidyPayment(input: $input) { id revision position }\n  }\n"): (typeof documents)["\n  mutation ConfirmSubsidyPayment($input: ConfirmSubsidyPaymentInput!) {\n    confirmSubsidyPayment(input: $input) { id revision position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSubsidyPaymentFailure($input: RecordSubsidyPaymentFailureInput!) {\n    recordSubsidyPaymentFailure(input: $input) { id revision position }\n  }\n"): (typeof documents)["\n  mutation RecordSubsidyPaymentFailure($input: RecordSubsidyPaymentFailureInput!) {\n    recordSubsidyPaymentFailure(input: $input) { id revision position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueSubsidyPayment($input: ReissueSubsidyPaymentInput!) {\n    reissueSubsidyPayment(input: $input) { id revision position }\n  }\n"): (typeof documents)["\n  mutation ReissueSubsidyPayment($input: ReissueSubsidyPaymentInput!) {\n    reissueSubsidyPayment(input: $input) { id revision position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettleSubsidyReimbursement($input: SettleSubsidyReimbursementInput!) {\n    settleSubsidyReimbursement(input: $input) { id revision position }\n  }\n"): (typeof documents)["\n  mutation SettleSubsidyReimbursement($input: SettleSubsidyReimbursementInput!) {\n    settleSubsidyReimbursement(input: $input) { id revision position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSubsidyApplication($input: WithdrawSubsidyApplicationInput!) {\n    withdrawSubsidyApplication(input: $input) { id revision position }\n  }\n"): (typeof documents)["\n  mutation WithdrawSubsidyApplication($input: WithdrawSubsidyApplicationInput!) {\n    withdrawSubsidyApplication(input: $input) { id revision position }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitFields on Visit {\n    id\n    visitType\n    visitedOn\n    township\n    townshipName\n    visitors\n    caseIds\n    personsReached {\n      caseId\n      personId\n      name\n    }\n    personsReachedCount\n    caseCount\n    needsFound\n    followUp {\n      action\n      dueOn\n    }\n    cashAidFen\n    fundId\n    goods {\n      description\n      quantity\n      valueFen\n    }\n    goodsValueFen\n    status\n    voidReason\n    amendmentCount\n    revision\n  }\n"): (typeof documents)["\n  fragment VisitFields on Visit {\n    id\n    visitType\n    visitedOn\n    township\n    townshipName\n    visitors\n    caseIds\n    personsReached {\n      caseId\n      personId\n      name\n    }\n    personsReachedCount\n    caseCount\n    needsFound\n    followUp {\n      action\n      dueOn\n    }\n    cashAidFen\n    fundId\n    goods {\n      description\n      quantity\n      valueFen\n    }\n    goodsValueFen\n    status\n    voidReason\n    amendmentCount\n    revision\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on Activity {\n    id\n    venueKind\n    venueName\n    heldOn\n    topic\n    township\n    townshipName\n    attendees {\n      caseId\n      personId\n      name\n    }\n    attendeeCount\n    caseCount\n    cashAidFen\n    fundId\n    correctionCount\n    revision\n  }\n"): (typeof documents)["\n  fragment ActivityFields on Activity {\n    id\n    venueKind\n    venueName\n    heldOn\n    topic\n    township\n    townshipName\n    attendees {\n      caseId\n      personId\n      name\n    }\n    attendeeCount\n    caseCount\n    cashAidFen\n    fundId\n    correctionCount\n    revision\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Visits($filter: VisitFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    visits(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...VisitFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Visits($filter: VisitFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    visits(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...VisitFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activities($filter: ActivityFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    activities(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ActivityFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Activities($filter: ActivityFilter, $first: Int, $after: String, $minPosition: SafeInt) {\n    activities(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ActivityFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitCaseMembers($id: ID!) {\n    case(id: $id) {\n      id\n      headName\n      township\n      members {\n        personId\n        name\n        deceased\n      }\n    }\n  }\n"): (typeof documents)["\n  query VisitCaseMembers($id: ID!) {\n    case(id: $id) {\n      id\n      headName\n      township\n      members {\n        personId\n        name\n        deceased\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitFunds($year: Int) {\n    funds(filter: { year: $year }, first: 50) {\n      edges {\n        node {\n          id\n          name\n          remainingFen\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VisitFunds($year: Int) {\n    funds(filter: { year: $year }, first: 50) {\n      edges {\n        node {\n          id\n          name\n          remainingFen\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVisit($input: RecordVisitInput!) {\n    recordVisit(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation RecordVisit($input: RecordVisitInput!) {\n    recordVisit(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendVisit($input: AmendVisitInput!) {\n    amendVisit(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation AmendVisit($input: AmendVisitInput!) {\n    amendVisit(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidVisit($input: VoidVisitInput!) {\n    voidVisit(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation VoidVisit($input: VoidVisitInput!) {\n    voidVisit(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldActivity($input: HoldActivityInput!) {\n    holdActivity(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation HoldActivity($input: HoldActivityInput!) {\n    holdActivity(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectAttendance($input: CorrectAttendanceInput!) {\n    correctAttendance(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectAttendance($input: CorrectAttendanceInput!) {\n    correctAttendance(input: $input) {\n      id\n      createdId\n      revision\n      position\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;