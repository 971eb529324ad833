import { useEffect, useRef } from 'react';
import { selectHelpOpen } from './selectors.js';
import { SHORTCUT_HELP } from './shortcuts.js';
import { useAppStore } from './StoreContext.js';

export function HelpOverlay() {
  const open = useAppStore(selectHelpOpen);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) ref.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <div className="overlay" onClick={() => setHelpOpen(false)}>
      <div
        ref={ref}
        className="help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        tabIndex={-1}
        data-testid="help-overlay"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            setHelpOpen(false);
          }
        }}
      >
        <h2 id="help-title">Keyboard shortcuts</h2>
        <div className="help-groups">
          {SHORTCUT_HELP.map((group) => (
            <section key={group.group}>
              <h3>{group.group}</h3>
              <dl>
                {group.items.map((item) => (
                  <div className="help-row" key={item.what}>
                    <dt>
                      {item.keys.map((k) => (
                        <kbd key={k}>{k}</kbd>
                      ))}
                    </dt>
                    <dd>{item.what}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <p className="muted">Press Esc, ? or F1 to close.</p>
      </div>
    </div>
  );
}
