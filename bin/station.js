#!/usr/bin/env node
'use strict'
// The `station` command. The TypeScript sources are bundled to out/cli by `npm run build`, which
// `npm ci` runs (prepare); say so plainly when that has not happened.
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const entry = join(__dirname, '..', 'out', 'cli', 'index.js')
if (!existsSync(entry)) {
  process.stderr.write(
    'station: Post Station is not built yet; run `npm run build` in ' + join(__dirname, '..') + '\n',
  )
  process.exit(2)
}
require(entry)
