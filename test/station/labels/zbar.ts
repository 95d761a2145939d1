// Proof that a label scans: zbarimg (zbar-tools, installed here and in CI) decodes the barcodes in a
// rendered PNG, as a scanner at the bagging station would.
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The data of every barcode zbarimg finds in the PNG, one string each; [] when it finds none. */
export async function decodeBarcodes(png: Buffer): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'post-station-zbar-'))
  const file = join(dir, 'label.png')
  try {
    await writeFile(file, png)
    return await new Promise<string[]>((resolve, reject) => {
      // stderr carries harmless dbus warnings; exit code 4 means "no barcode found".
      execFile('zbarimg', ['-q', '--raw', file], { timeout: 30_000 }, (error, stdout) => {
        if (error && error.code !== 4) {
          reject(new Error(`zbarimg failed on the label: ${error.message}`, { cause: error }))
          return
        }
        resolve(stdout.split('\n').filter((line) => line.length > 0))
      })
    })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
