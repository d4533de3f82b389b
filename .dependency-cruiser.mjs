/**
 * The engine's layers, bottom first, and what each may import: `npm run lint`
 * fails on any import of `src/` that this table does not allow, and the
 * README's picture of the layers is printed from it (`npm run layers`).
 * A layer may always import within itself; tests and test data are exempt.
 */
export const layers = [
  {
    name: 'base',
    paths: [
      'src/config.ts',
      'src/environment.ts',
      'src/idle.ts',
      'src/disposer.ts',
      'src/theme/',
      'src/source/',
      'src/live/protocol.ts',
      'src/print/',
    ],
    what: "reveal.js's options, the browser's address and storage, idle scheduling, taking down what a part added, theme tokens, source normalisation, the live protocol",
    may: [],
  },
  {
    name: 'report',
    paths: ['src/report/'],
    what: "a report folder's schema, loader and checks",
    may: ['base'],
  },
  { name: 'i18n', paths: ['src/i18n/'], what: 'i18next, the display modes, the engine words', may: ['base', 'report'] },
  {
    name: 'format',
    paths: ['src/format/'],
    what: 'numbers and units in each language',
    may: ['base', 'report', 'i18n'],
  },
  {
    name: 'charts',
    paths: ['src/charts/'],
    what: 'chart kinds (facts → laid-out spec) and their D3 drawing',
    may: ['base', 'report', 'i18n', 'format'],
  },
  {
    name: 'deck',
    paths: ['src/deck/'],
    what: 'the composition, what the browser receives, the first paint',
    may: ['base', 'report', 'i18n', 'format', 'charts'],
  },
  {
    name: 'render',
    paths: ['src/render/'],
    what: 'slides and their text as DOM',
    may: ['base', 'report', 'i18n', 'format', 'charts', 'deck'],
  },
  {
    name: 'live client',
    paths: ['src/live/client/'],
    what: "the browser's side of the live view: connection, follow view",
    may: ['base'],
  },
  {
    name: 'controllers',
    paths: ['src/controllers/'],
    what: 'one per concern, used by either view: language, switch, charts, sources, glossary, live',
    may: ['base', 'report', 'i18n', 'format', 'charts', 'deck', 'render', 'live client'],
  },
  {
    name: 'reading page',
    paths: ['src/read/'],
    what: 'the phone view, built on the controllers',
    may: ['base', 'report', 'i18n', 'format', 'charts', 'deck', 'render', 'live client', 'controllers'],
  },
  {
    name: 'boot',
    paths: ['src/boot/', 'src/main.ts'],
    what: 'starts a view: reveal.js with its controllers, or the reading page',
    may: ['base', 'report', 'i18n', 'format', 'charts', 'deck', 'render', 'live client', 'controllers', 'reading page'],
  },
  {
    name: 'offline',
    paths: ['src/offline/'],
    what: "the service worker: the deck's files for offline use (Workbox)",
    may: [],
  },
  {
    name: 'relay',
    paths: ['src/live/server/'],
    what: 'the live relay (Node): connections, limits, static files',
    may: ['base'],
  },
  {
    name: 'draft',
    paths: ['src/draft/'],
    what: "a report's data drafted from its text (Node)",
    may: ['base', 'report', 'i18n', 'format', 'deck'],
  },
  {
    name: 'export',
    paths: ['src/export/'],
    what: 'PowerPoint from the composition (Node)',
    may: ['base', 'report', 'i18n', 'format', 'charts', 'deck', 'render'],
  },
  {
    name: 'build',
    paths: ['src/build/'],
    what: "Vite's plugins: the report, prerendering, fonts, the page (Node)",
    may: ['base', 'report', 'i18n', 'format', 'charts', 'deck', 'render', 'reading page'],
  },
];

const escape = (path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A path regex matching a layer's files: a folder and everything under it, or one file. */
const pattern = (paths) => `^(${paths.map((p) => (p.endsWith('/') ? escape(p) : `${escape(p)}$`)).join('|')})`;
const byName = new Map(layers.map((layer) => [layer.name, layer]));
const EXEMPT = '\\.test\\.ts$|/test/|__fixtures__';

/** Browser layers: nothing of Node's. */
const BROWSER = ['charts', 'deck', 'render', 'live client', 'controllers', 'reading page', 'boot', 'offline'];

export default {
  forbidden: [
    ...layers.map((layer) => ({
      name: `layer-${layer.name.replace(/ /g, '-')}`,
      comment: `${layer.name} may import only ${layer.may.length ? layer.may.join(', ') : 'itself'}`,
      severity: 'error',
      from: { path: pattern(layer.paths), pathNot: EXEMPT },
      to: {
        path: '^(src|slides|data)/',
        pathNot: pattern([layer, ...layer.may.map((name) => byName.get(name))].flatMap((allowed) => allowed.paths)),
      },
    })),
    {
      name: 'engine-knows-no-report',
      comment: 'src/ renders any report folder: it never imports data/ or slides/',
      severity: 'error',
      from: { path: '^src/', pathNot: EXEMPT },
      to: { path: '^(data|slides)/' },
    },
    {
      name: 'browser-without-node',
      comment: "code that runs in the browser imports nothing of Node's",
      severity: 'error',
      from: { path: pattern(BROWSER.flatMap((name) => byName.get(name).paths)), pathNot: EXEMPT },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      comment: 'modules that import each other in a loop',
      severity: 'error',
      from: { pathNot: EXEMPT },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|dist-single|export|bench/baseline/dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
