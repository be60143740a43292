/** Marks fictitious demo data wherever it is shown, so nobody takes it for a municipality's real figures. */
export function DemoBadge() {
  return (
    <span className="demo-badge" title="Fiktiva demodata, inte en kommuns uppgifter">
      Demo
    </span>
  );
}

/** Said once above a list that holds demo data. */
export function DemoNotice({ shown }: { shown: boolean }) {
  if (!shown) return null;
  return (
    <p className="demo-notice" role="note">
      Listan innehåller fiktiva demodata (märkta <strong>Demo</strong>). De visar hur tjänsten fungerar och är inte
      kommunernas egna uppgifter.
    </p>
  );
}
