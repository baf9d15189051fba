// Placeholder: replaced by the visits screens.
export function VisitsPage() {
  return <div data-testid="VisitsPage"></div>;
}
