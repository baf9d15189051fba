// Placeholder: replaced by the visits screens (this family's records, on the case page).
export function CaseVisits({ caseId }: { readonly caseId: string; readonly readOnly: boolean }) {
  return <div data-testid="CaseVisits" data-case-id={caseId} />;
}
