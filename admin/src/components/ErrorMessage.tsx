/** Shows what went wrong in words a person can act on. */
export function ErrorMessage({ error }: { error: Error }) {
  return (
    <p role="alert" className="error">
      Något gick fel: {error.message}
    </p>
  );
}
