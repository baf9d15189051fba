// Placeholder: replaced by the donations screens.
export function DonationsPage() {
  return <div data-testid="DonationsPage" />;
}
