import { readFileSync } from 'node:fs'
import { join } from 'node:path'

// Both the sources (src/cli) and the bundle (out/cli) sit two folders below the project root.
export const projectRoot = join(__dirname, '..', '..')
export const rendererDir = join(projectRoot, 'out', 'renderer')

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }
  return pkg.version
}
