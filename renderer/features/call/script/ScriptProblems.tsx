import { useAppStore } from '../../../app/StoreContext.js';
import { selectScriptProblems } from '../selectors.js';

/**
 * Custom script files that could not be loaded, each with its file and field, so whoever
 * wrote the file can fix it; the scripts that did load (and the built-ins) still work.
 */
export function ScriptProblems() {
  const problems = useAppStore(selectScriptProblems);
  if (problems.length === 0) return null;
  return (
    <div className="script-problems" role="status" data-testid="script-problems">
      <strong>
        {problems.length === 1 ? 'A custom script was not loaded:' : `${problems.length} custom scripts were not loaded:`}
      </strong>
      <ul>
        {problems.map((problem) => (
          <li key={problem} className="mono">
            {problem}
          </li>
        ))}
      </ul>
    </div>
  );
}
