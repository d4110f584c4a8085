// Shows an API error's message to the user; renders nothing when there is none.

export function ErrorMessage({ message, testId = 'error-message' }: { message: string | null; testId?: string }) {
  if (!message) return null;
  return (
    <div className="alert alert-error" role="alert" data-testid={testId}>
      {message}
    </div>
  );
}
