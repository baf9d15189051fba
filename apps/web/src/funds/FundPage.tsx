// Placeholder: replaced by the funds screens.
export function FundPage({ fundId }: { readonly fundId: string }) {
  return <div data-testid="FundPage">{fundId}</div>;
}
