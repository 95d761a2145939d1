// The layer rule of DESIGN.md as an ESLint rule: each folder under src/ names the layers, node
// built-ins and packages it may import. A wrong-way import (renderer → station, core → node:fs,
// core → electron) fails `npm run lint` and therefore CI.
import { builtinModules } from 'node:module'
import path from 'node:path'

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))
// Packages that only work in Node or Electron, never in the pure or browser layers.
const NODE_ONLY_PACKAGES = [
  'electron',
  'better-sqlite3',
  'serialport',
  '@serialport',
  'node-hid',
  'ws',
  'commander',
]

/** layer → { layers it may import, whether node built-ins are allowed, packages it must not import } */
export const LAYERS = {
  core: { imports: [], builtins: false, forbidden: [...NODE_ONLY_PACKAGES, 'react', 'react-dom'] },
  api: { imports: ['core'], builtins: false, forbidden: [...NODE_ONLY_PACKAGES, 'react', 'react-dom'] },
  station: { imports: ['core', 'api'], builtins: true, forbidden: ['electron', 'react', 'react-dom'] },
  devices: { imports: ['core', 'api'], builtins: true, forbidden: ['electron', 'react', 'react-dom'] },
  main: { imports: ['core', 'api', 'station', 'devices'], builtins: true, forbidden: ['react', 'react-dom'] },
  preload: {
    imports: ['api'],
    builtins: false,
    forbidden: NODE_ONLY_PACKAGES.filter((p) => p !== 'electron'),
  },
  renderer: { imports: ['api', 'core'], builtins: false, forbidden: NODE_ONLY_PACKAGES },
  server: {
    imports: ['core', 'api', 'station', 'devices'],
    builtins: true,
    forbidden: ['electron', 'react', 'react-dom'],
  },
  cli: {
    imports: ['core', 'api', 'station', 'devices', 'server'],
    builtins: true,
    forbidden: ['electron', 'react', 'react-dom'],
  },
}

function layerOf(file, srcRoot) {
  const rel = path.relative(srcRoot, file)
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null
  const first = rel.split(path.sep)[0]
  return Object.hasOwn(LAYERS, first) ? first : null
}

function packageName(spec) {
  const parts = spec.split('/')
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the Post Station layer rule (DESIGN.md, "Layers")' },
    schema: [],
    messages: {
      layer:
        "Layer '{{from}}' must not import layer '{{to}}' ('{{spec}}'). {{from}} may import: {{allowed}}.",
      builtin: "Layer '{{from}}' must not import the Node built-in '{{spec}}': it runs outside Node.",
      package: "Layer '{{from}}' must not import '{{spec}}'.",
    },
  },
  create(context) {
    const file = context.physicalFilename ?? context.filename
    const srcRoot = path.join(context.cwd, 'src')
    const from = layerOf(path.resolve(context.cwd, file), srcRoot)
    if (!from) return {}
    const rules = LAYERS[from]

    function check(node, spec) {
      if (typeof spec !== 'string') return
      if (spec.startsWith('.')) {
        const to = layerOf(path.resolve(path.dirname(path.resolve(context.cwd, file)), spec), srcRoot)
        if (to && to !== from && !rules.imports.includes(to)) {
          context.report({
            node,
            messageId: 'layer',
            data: {
              from,
              to,
              spec,
              allowed: rules.imports.length ? rules.imports.join(', ') : 'nothing of ours',
            },
          })
        }
        return
      }
      if (BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0])) {
        if (!rules.builtins) context.report({ node, messageId: 'builtin', data: { from, spec } })
        return
      }
      const name = packageName(spec)
      if (rules.forbidden.some((p) => name === p || name.startsWith(`${p}/`))) {
        context.report({ node, messageId: 'package', data: { from, spec } })
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'require' &&
          node.arguments[0]?.type === 'Literal'
        ) {
          check(node, node.arguments[0].value)
        }
      },
    }
  },
}

export default { rules: { 'allowed-imports': rule } }
