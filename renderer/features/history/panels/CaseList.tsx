import { useEffect, useRef, type ReactNode } from 'react';
import type { CaseSummary } from '../../../../core/model/case.js';
import { isTextField } from '../../../app/shortcuts.js';
import { useAppStore } from '../../../app/StoreContext.js';
import { useFocusTarget } from '../../../app/useFocusTarget.js';
import { moveIndex } from '../../../shared/listNav.js';
import { splitCases } from '../selectors.js';

/**
 * The cases list as one keyboard stop: Alt+K lands here, ↑ ↓ move the highlight, E or Enter
 * edits the highlighted case. It also reads each shown case's concurrent edits, so a case
 * two desks changed at once says so wherever the caller's history is on screen.
 */
export function CaseList({ cases, children }: { cases: readonly CaseSummary[]; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useFocusTarget('cases', ref);
  const active = useAppStore((s) => s.caseActive);
  const setActive = useAppStore((s) => s.setCaseActive);
  const edit = useAppStore((s) => s.openCaseEdit);
  const loadConflicts = useAppStore((s) => s.loadCaseConflicts);
  const { open, closed } = splitCases(cases);
  const order = [...open, ...closed].map((c) => c.id);
  // A new history (a refresh after a sync, an edit) may carry new edits from other desks.
  useEffect(() => {
    if (cases.length > 0) void loadConflicts(cases.map((c) => c.id));
  }, [cases, loadConflicts]);
  const shown = active !== null && order.includes(active) ? active : null;
  return (
    <div
      ref={ref}
      className="case-list"
      role="listbox"
      aria-label="Cases: ↑ ↓ move, E or Enter edits"
      aria-activedescendant={shown ? `case-${shown}` : undefined}
      tabIndex={0}
      data-testid="case-list"
      onClick={(e) => {
        const id = (e.target as HTMLElement).closest<HTMLElement>('[data-case-id]')?.dataset.caseId;
        if (id) setActive(id);
      }}
      onKeyDown={(e) => {
        if (e.altKey || e.ctrlKey || e.metaKey || isTextField(e.target)) return;
        if (e.target !== e.currentTarget) return;
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          const next = order[moveIndex(shown ? order.indexOf(shown) : -1, e.key === 'ArrowDown' ? 1 : -1, order.length)];
          if (next) setActive(next);
        } else if (shown && (e.key === 'Enter' || e.key.toLowerCase() === 'e')) {
          e.preventDefault();
          edit(shown);
        }
      }}
    >
      {children}
    </div>
  );
}
