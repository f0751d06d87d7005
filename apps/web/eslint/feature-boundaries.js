import path from 'node:path';

/**
 * Web layers by folder under apps/web/src: a feature may use its own files and the shared layers
 * (api, components, i18n, lib) but never another feature; only app/ composes features. Import
 * paths are resolved against the importing file, so `../../budget/...` is caught at any depth.
 */
const srcRoot = path.resolve(import.meta.dirname, '../src');

function layerOf(file) {
  const rel = path.relative(srcRoot, file).split(path.sep);
  if (rel[0] === '..' || path.isAbsolute(rel[0] ?? '')) return null;
  if (rel[0] === 'features') return rel.length > 2 ? `features/${rel[1]}` : null;
  return rel.length > 1 ? rel[0] : null;
}

const shared = new Set(['api', 'components', 'i18n', 'lib']);

function refusal(from, to) {
  if (!from || !to || from === to) return null;
  if (from.startsWith('features/') && to.startsWith('features/')) return 'otherFeature';
  if ((from.startsWith('features/') || shared.has(from)) && to === 'app') return 'app';
  if (shared.has(from) && to.startsWith('features/')) return 'sharedToFeature';
  return null;
}

export const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Web features never import each other; shared layers never import features or app/.' },
    messages: {
      otherFeature: '{{from}} may not import {{to}}: move what both need to components/ or lib/, or compose them in app/routes/.',
      app: '{{from}} may not import app/: app/ composes the features, not the other way round.',
      sharedToFeature: '{{from}}/ is shared by every feature and may not import {{to}}.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(file), source.value));
      const messageId = refusal(from, to);
      if (messageId) context.report({ node: source, messageId, data: { from, to } });
    };
    return { ImportDeclaration: check, ImportExpression: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
