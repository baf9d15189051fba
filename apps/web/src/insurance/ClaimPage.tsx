// Placeholder: replaced by the insurance screens.
export function ClaimPage({ claimId }: { readonly claimId: string }) {
  return <div data-testid="ClaimPage">{claimId}</div>;
}
