// Placeholder: replaced by the subsidies screens.
export function SubsidyListPage() {
  return <div data-testid="SubsidyListPage"></div>;
}
