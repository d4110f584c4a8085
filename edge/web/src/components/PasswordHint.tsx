// What a new password needs, shown under every "new password" field. The server decides
// (judge-farm/src/accounts/password_rule.rs) and says why it refuses one; this only sets
// expectations, with no composition rules to follow.

export function PasswordHint() {
  return (
    <p className="muted field-hint" data-testid="password-hint">
      At least 8 characters. Common or easily guessed passwords are refused; a few uncommon words together make a strong one.
    </p>
  );
}
