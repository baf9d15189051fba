// Placeholder: replaced by the subsidies screens (this family's records, on the case page).
export function CaseSubsidies({ caseId }: { readonly caseId: string; readonly readOnly: boolean }) {
  return <div data-testid="CaseSubsidies" data-case-id={caseId} />;
}
