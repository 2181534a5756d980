/**
 * The architecture's import rules (ARCHITECTURE.md, "Layers"), checked by `npm run lint`.
 * Each rule names the layer it protects; a wrong arrow fails the build with the rule's comment.
 */
const testFiles = '(^test/|\\.test\\.tsx?$|^scripts/)';
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-stands-alone',
      comment: 'shared/ is imported by both sides and imports nothing outside itself (and no Node or Electron).',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(electron|renderer|server|test|scripts)/' },
    },
    {
      name: 'shared-no-host-modules',
      comment: 'shared/ runs in the renderer too: no Node built-ins, no electron.',
      severity: 'error',
      from: { path: '^shared/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-through-the-contract',
      comment: 'The renderer reaches main only through the typed contract (shared/contract), never by import.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^electron/' },
    },
    {
      name: 'main-does-not-import-the-ui',
      comment: 'Main-process code never imports the renderer.',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'screens-below-the-shell',
      comment: 'Screens and components use the contexts (renderer/src/context), never the app shell above them.',
      severity: 'error',
      from: { path: '^renderer/src/(screens|components|context|printing|speech|flows|session|devices)/' },
      to: { path: '^renderer/src/app/' },
    },
    {
      name: 'devices-only-log-from-services',
      comment: 'The device layer depends on services only for the logger interface.',
      severity: 'error',
      from: { path: '^electron/devices/' },
      to: { path: '^electron/services/', pathNot: '^electron/services/log/' },
    },
    {
      name: 'electron-only-in-main',
      comment: 'Services, devices and the backend are plain TypeScript: only electron/main touches Electron.',
      severity: 'error',
      from: { path: '^electron/', pathNot: '^electron/main/' },
      to: { path: '^electron$|node_modules/electron/' },
    },
    {
      name: 'developer-code-from-developer-entries',
      comment:
        'Demo data and developer tools are imported only by developer-mode entry points (electron/developer, the dev panel), the composition root that mounts them behind the flag, the embedded demo platform, simulators and tests; the app loads the dev panel only lazily.',
      severity: 'error',
      from: {
        pathNot: `${testFiles}|^electron/developer/|^renderer/src/dev-panel/|^electron/backend/create-backend\\.ts$|^server/|^electron/devices/simulator/|^shared/demo/`,
      },
      to: { path: '^(shared/demo|electron/developer|renderer/src/dev-panel)/', dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'dev-panel-loaded-lazily',
      comment: 'The developer dock is a lazy chunk: only a dynamic import() may reach it from the app.',
      severity: 'error',
      from: { path: '^renderer/src/', pathNot: '^renderer/src/dev-panel/' },
      to: { path: '^renderer/src/dev-panel/', dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'console-loaded-lazily',
      comment:
        "The technician's console is a lazy chunk: the citizen side reaches renderer/src/admin only by import() or for types (its texts join the one i18n namespace).",
      severity: 'error',
      from: { path: '^renderer/src/', pathNot: `^renderer/src/admin/|${testFiles}` },
      to: {
        path: '^renderer/src/admin/',
        pathNot: '^renderer/src/admin/(texts|[a-z]+/[a-z]+-texts)\\.ts$',
        dependencyTypesNot: ['dynamic-import', 'type-only'],
      },
    },
    {
      name: 'kiosk-embeds-the-platform-in-one-place',
      comment:
        'The kiosk uses the reference platform only through the gateway interface: it is built in platform-services (the embedded default) and reached by the developer calls; tests may use it directly.',
      severity: 'error',
      from: {
        path: '^(electron|renderer|shared)/',
        pathNot: `${testFiles}|^electron/services/platform/platform-services\\.ts$|^electron/developer/|-test-bench\\.ts$`,
      },
      to: { path: '^server/' },
    },
    {
      name: 'platform-is-not-the-kiosk',
      comment:
        'The reference platform runs without a kiosk: it imports no kiosk service, device, renderer or main code — except the Node code both sides share: the store engine, the logger, the certificate codec, number codes and the image check.',
      severity: 'error',
      from: { path: '^server/', pathNot: testFiles },
      to: {
        path: '^(electron|renderer)/',
        pathNot:
          '^electron/services/(store|log)/|^electron/services/platform/(certificate-codec|codes)\\.ts$|^electron/services/attachments/image-check\\.ts$',
      },
    },
    {
      name: 'no-circular',
      comment:
        'Cycles make the layers meaningless. A cycle closed only by a type-only import runs no code in a loop (the catalog schema runs the reference checks, which name its types) and is allowed.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|release|node_modules|test/output)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
