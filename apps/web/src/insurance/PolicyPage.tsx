// Placeholder: replaced by the insurance screens.
export function PolicyPage({ policyId }: { readonly policyId: string }) {
  return <div data-testid="PolicyPage">{policyId}</div>;
}
