// Placeholder: replaced by the insurance screens (this family's records, on the case page).
export function CaseInsurance({ caseId }: { readonly caseId: string; readonly readOnly: boolean }) {
  return <div data-testid="CaseInsurance" data-case-id={caseId} />;
}
