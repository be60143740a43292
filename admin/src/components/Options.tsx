/** The options of a select from a map of API values to Swedish names, with an empty choice first if named. */
export function Options({ labels, none }: { labels: Record<string, string>; none?: string }) {
  return (
    <>
      {none ? <option value="">{none}</option> : null}
      {Object.entries(labels).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}
