import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..')
const eslint = new ESLint({ cwd: root })

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/allowed-imports').map((m) => m.message)
}

describe('the layer rule (npm run lint)', () => {
  it('fails a renderer that imports the engine', async () => {
    const errors = await layerErrors(
      'src/renderer/bad.ts',
      "import { createStationHandlers } from '../station/handlers'\n",
    )
    expect(errors).toEqual([expect.stringContaining("Layer 'renderer' must not import layer 'station'")])
  })

  it('fails core importing a Node built-in or electron', async () => {
    expect(await layerErrors('src/core/ids/bad.ts', "import { readFileSync } from 'node:fs'\n")).toHaveLength(
      1,
    )
    expect(await layerErrors('src/core/ids/bad.ts', "import fs from 'fs'\n")).toHaveLength(1)
    expect(await layerErrors('src/core/bad.ts', "import { app } from 'electron'\n")).toHaveLength(1)
    expect(await layerErrors('src/core/bad.ts', "export * from '../api'\n")).toHaveLength(1)
    expect(await layerErrors('src/core/bad.ts', "const x = require('node:path')\n")).toHaveLength(1)
  })

  it('fails the preload importing anything but the contract', async () => {
    expect(await layerErrors('src/preload/bad.ts', "import { identify } from '../core/ids'\n")).toHaveLength(
      1,
    )
    expect(await layerErrors('src/preload/bad.ts', "import { contextBridge } from 'electron'\n")).toEqual([])
  })

  it('lets each layer import what the design allows', async () => {
    expect(
      await layerErrors('src/renderer/ok.ts', "import { identify } from '../core/ids'\nimport '../api'\n"),
    ).toEqual([])
    expect(
      await layerErrors(
        'src/cli/ok.ts',
        "import '../server'\nimport '../station/handlers'\nimport 'node:fs'\n",
      ),
    ).toEqual([])
    expect(await layerErrors('src/core/ids/ok.ts', "import '../codelists'\n")).toEqual([])
  })
})
