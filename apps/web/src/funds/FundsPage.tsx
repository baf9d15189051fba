// Placeholder: replaced by the funds screens.
export function FundsPage() {
  return <div data-testid="FundsPage"></div>;
}
