// ESLint rule enforcing docs/ARCHITECTURE.md's import table (which folder may import which;
// a unit test keeps the table and ALLOWED equal) and the renderer features' public faces.
// Written in plain JS so ESLint loads it without a TypeScript loader.
import path from 'node:path';

/** Layers: each folder of the runtime; a file belongs to the first layer whose prefix it has. */
export const LAYERS = ['backend', 'electron/main', 'electron/preload', 'core', 'db', 'renderer', 'server', 'build', 'tests', 'scripts'];

/**
 * from -> rules. `values`: layers it may import at run time; `types`: layers it may import
 * with `import type` only; `files`: single files it may import values from.
 */
export const ALLOWED = {
  core: { values: [], types: [] },
  db: { values: ['db', 'core'], types: [] },
  backend: { values: ['backend', 'core', 'db'], types: [] },
  'electron/main': { values: ['electron/main', 'core'], types: ['backend'] },
  'electron/preload': { values: ['electron/preload'], types: ['core'], files: ['core/api/wire.ts'] },
  renderer: { values: ['renderer', 'core'], types: [] },
  server: { values: ['server', 'core'], types: [] },
  build: { values: ['build'], types: [] },
  tests: { values: LAYERS, types: [] },
  scripts: { values: LAYERS, types: [] },
};

/** Package imports a layer may not use: core is pure (no Node, no DOM, no I/O). */
const FORBIDDEN_PACKAGES = {
  core: /^(node:|fs$|path$|os$|child_process$|electron$|better-sqlite3$|react|ws$)/,
  renderer: /^(node:|fs$|path$|os$|child_process$|electron$|better-sqlite3$|ws$)/,
  'electron/preload': /^(?!electron$)/, // a sandboxed preload can require only 'electron'
};

export function layerOf(repoRelative) {
  const normalized = repoRelative.split(path.sep).join('/');
  return LAYERS.find((layer) => normalized === layer || normalized.startsWith(layer + '/')) ?? null;
}

/** Why `from` may not import `target` (repo-relative), or null when it may. */
export function boundaryViolation(fromLayer, targetRepoRelative, isTypeOnly) {
  const rules = ALLOWED[fromLayer];
  if (!rules) return null;
  const target = targetRepoRelative.split(path.sep).join('/');
  const targetLayer = layerOf(target);
  if (!targetLayer || targetLayer === fromLayer) return null; // a folder may use itself
  if (rules.values.includes(targetLayer)) return null;
  if (isTypeOnly && rules.types.includes(targetLayer)) return null;
  const withoutExt = target.replace(/\.(js|ts|tsx)$/, '');
  if (rules.files?.some((file) => (file.endsWith('/') ? target.startsWith(file) : withoutExt === file.replace(/\.ts$/, '')))) return null;
  const allowed = [...rules.values, ...rules.types.map((t) => `types of ${t}`), ...(rules.files ?? [])].join(', ') || 'nothing of the project';
  return `${fromLayer} may not import ${targetLayer} (${target}); it may import: ${allowed}. See docs/ARCHITECTURE.md, import rules.`;
}

/**
 * Renderer features have public faces: each folder directly under renderer/features is a
 * feature (today's and any added later, with no list to keep), and its index.ts is what the
 * rest of the renderer may use. Inside a feature, files import each other freely.
 */
const FEATURES = 'renderer/features/';

/** The feature a repo-relative path lies in (a folder right under renderer/features), or null. */
export function featureOf(repoRelative) {
  const normalized = repoRelative.split(path.sep).join('/');
  if (!normalized.startsWith(FEATURES)) return null;
  const [name, ...rest] = normalized.slice(FEATURES.length).split('/');
  // A file lying loose in renderer/features is no feature; the folder itself is (its index).
  return name && (rest.length > 0 || !/\.(js|ts|tsx)$/.test(name)) ? name : null;
}

/** Why a renderer file may not import `target` (both repo-relative), or null when it may. */
export function featureViolation(fromRepoRelative, targetRepoRelative) {
  const target = targetRepoRelative.split(path.sep).join('/');
  const feature = featureOf(target);
  if (!feature || featureOf(fromRepoRelative) === feature) return null;
  const inner = target.slice(FEATURES.length + feature.length).replace(/\.(js|ts|tsx)$/, '');
  if (inner === '' || inner === '/index') return null;
  return (
    `${target} is inside the ${feature} feature; from outside it, import only its public face, ` +
    `${FEATURES}${feature}/index.ts (export what you need there). See docs/ARCHITECTURE.md, renderer features.`
  );
}

export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: "Enforce docs/ARCHITECTURE.md's import table between folders, and the renderer features' public faces" },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: { forbidden: '{{reason}}' },
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd;
    const file = path.relative(root, context.filename);
    const fromLayer = layerOf(file);
    if (!fromLayer) return {};
    function check(node, source, isTypeOnly) {
      if (!source || typeof source.value !== 'string') return;
      const spec = source.value;
      if (spec.startsWith('.')) {
        const target = path.relative(root, path.resolve(path.dirname(context.filename), spec));
        const reason = boundaryViolation(fromLayer, target, isTypeOnly) ?? (fromLayer === 'renderer' ? featureViolation(file, target) : null);
        if (reason) context.report({ node, messageId: 'forbidden', data: { reason } });
        return;
      }
      const forbidden = FORBIDDEN_PACKAGES[fromLayer];
      if (forbidden && !isTypeOnly && forbidden.test(spec)) {
        context.report({ node, messageId: 'forbidden', data: { reason: `${fromLayer} may not import the package "${spec}". See docs/ARCHITECTURE.md, import rules.` } });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source, node.importKind === 'type'),
      ExportNamedDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false),
    };
  },
};
