// Placeholder: replaced by the subsidies screens.
export function SubsidyPage({ applicationId }: { readonly applicationId: string }) {
  return <div data-testid="SubsidyPage">{applicationId}</div>;
}
