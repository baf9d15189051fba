// Placeholder: replaced by the insurance screens.
export function InsurancePage() {
  return <div data-testid="InsurancePage"></div>;
}
