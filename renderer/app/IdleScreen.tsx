export function IdleScreen() {
  return (
    <div className="state state-idle" data-testid="screen-idle">
      <h2>Ready for the next call</h2>
      <p>
        The caller’s screen opens by itself when the softphone rings. Otherwise type or paste their number
        (<kbd>F2</kbd>) and press <kbd>Enter</kbd>, or search by name, phone, case number or note (<kbd>Ctrl</kbd>+
        <kbd>K</kbd>).
      </p>
      <p className="muted">
        Press <kbd>?</kbd> for all keys.
      </p>
    </div>
  );
}
