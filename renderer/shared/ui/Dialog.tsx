import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

type DialogProps = {
  title: ReactNode;
  /** Names the dialog for tests and screen readers. */
  testId: string;
  onClose(): void;
  /** Keys the dialog handles itself (plain letters and digits when not typing). */
  onKeyDown?(event: KeyboardEvent<HTMLDivElement>): void;
  /** Enter in a field (not on a button, which does its own thing): the dialog's main action. */
  onSubmit?(): void;
  tone?: 'normal' | 'danger';
  wide?: boolean;
  children: ReactNode;
};

/**
 * A modal panel over the call. It takes the keyboard when it opens (its first field, or
 * itself) and gives it back where it was on close, so the rep can go straight on typing.
 * Esc closes it; anything typed into it is kept by its owner (drafts), so closing loses
 * nothing.
 */
export function Dialog({ title, testId, onClose, onKeyDown, onSubmit, tone = 'normal', wide = false, children }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const el = ref.current;
    const first = el?.querySelector<HTMLElement>('[data-autofocus="true"]');
    (first ?? el)?.focus();
    return () => {
      // Back to where the rep was (the notes box, usually), if it is still on screen.
      if (before && before.isConnected && before !== document.body) before.focus();
    };
  }, []);
  return (
    <div className="overlay" onClick={onClose}>
      <div
        ref={ref}
        className={`dialog${tone === 'danger' ? ' dialog-danger' : ''}${wide ? ' dialog-wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${testId}-title`}
        tabIndex={-1}
        data-testid={testId}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
            return;
          }
          onKeyDown?.(e);
          if (e.defaultPrevented || !onSubmit) return;
          const target = e.target as HTMLElement;
          if (e.key === 'Enter' && !e.shiftKey && !e.altKey && target.tagName !== 'BUTTON' && target.tagName !== 'TEXTAREA') {
            e.preventDefault();
            onSubmit();
          }
        }}
      >
        <h2 id={`${testId}-title`} className="dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
