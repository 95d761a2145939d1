// `station label receptacle S9`: the label the station would print, as ZPL and as the PNG a scanner reads.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeBarcodes } from '../station/labels/zbar'
import { initialised, station, tempDir } from './helpers'

/** Roissy → Algiers, letters (A/UN), year 4, dispatch 0553, receptacle 006, registered, 6.1 kg. */
const S9 = 'FRCDGADZALGDAUN40553006010061'
const root = join(__dirname, '..', '..')

describe('station label receptacle', () => {
  it('writes a PNG whose barcode scans back as the S9, and the ZPL that draws it', async () => {
    const dir = tempDir()
    const png = join(dir, 'label.png')
    const zpl = join(dir, 'label.zpl')
    const r = await station(['label', 'receptacle', S9, '--png', png, '--zpl', zpl])
    expect(r.code, r.err.join('\n')).toBe(0)
    expect(r.out).toEqual([`Label for ${S9} (101.6 × 152.4 mm, 203 dpi): ZPL in ${zpl}, PNG in ${png}.`])
    const image = readFileSync(png)
    expect(image.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(await decodeBarcodes(image)).toEqual([S9])

    const text = readFileSync(zpl, 'utf8')
    expect(text.startsWith('^XA')).toBe(true)
    expect(text.trimEnd().endsWith('^XZ')).toBe(true)
    expect(text.match(/\^XA/g)).toHaveLength(1)
    // 4 × 6 in at 8 dots/mm, the S9 in Code 128 and grouped in words, and the facts read from the S9.
    expect(text).toContain('^PW812')
    expect(text).toMatch(new RegExp(`\\^BC[^\\n]*\\^FD>:${S9}\\^FS`))
    expect(text).toContain('^FDFRCDGA DZALGD A UN 4 0553 006 0 1 0061^FS')
    expect(text).toContain('^FD6.1 kg^FS')
    expect(text).toContain('^FDCN 35^FS')
    expect(text).toContain('^FDDZALGD^FS')
    expect(text).toContain('^FD0553^FS')
    expect(text).toContain('^FD006^FS')
  })

  it('writes ZPL to stdout with --zpl -, at 300 dpi when asked', async () => {
    const r = await station(['label', 'receptacle', S9, '--zpl', '-', '--dpi', '300'])
    expect(r.code, r.err.join('\n')).toBe(0)
    const text = r.out.join('\n')
    expect(text.startsWith('^XA')).toBe(true)
    expect(text.endsWith('^XZ')).toBe(true)
    expect(text).toContain('^PW1219')
    expect(text).toContain(`^FD>:${S9}^FS`)
  })

  it("names the origin with this station's own office name from --data, and says what it wrote with --json", async () => {
    const data = await initialised() // FRCDGA, "Roissy CDG"
    const zpl = join(tempDir(), 'l.zpl')
    const r = await station(['label', 'receptacle', S9, '--zpl', zpl, '--data', data, '--json'])
    expect(r.code, r.err.join('\n')).toBe(0)
    expect(r.json()).toEqual([
      {
        receptacleId: S9,
        dpi: 203,
        widthMm: 101.6,
        heightMm: 152.4,
        zpl,
        png: null,
        warning: null,
      },
    ])
    const text = readFileSync(zpl, 'utf8')
    expect(text).toContain('Roissy CDG')
    // Without --data the code list names the office.
    const plain = (await station(['label', 'receptacle', S9, '--zpl', '-'])).out.join('\n')
    expect(plain).not.toContain('Roissy CDG')
  })

  it('refuses a bad S9 with the reason in words and the usage exit status, writing nothing', async () => {
    const zpl = join(tempDir(), 'never.zpl')
    const zero = await station(['label', 'receptacle', 'FRCDGADZALGDAUN40553000010061', '--zpl', zpl])
    expect(zero.code).toBe(2)
    expect(zero.err).toHaveLength(1)
    expect(zero.err[0]).toContain('is not a valid S9 receptacle identifier')
    expect(zero.err[0]).toContain('Receptacle number 000')
    expect(existsSync(zpl)).toBe(false)

    const short = await station(['label', 'receptacle', 'FRCDGADZALGD', '--zpl', zpl])
    expect(short.code).toBe(2)
    expect(short.err.join('\n')).toContain('A receptacle identifier has 29 characters')

    const item = await station(['label', 'receptacle', 'RR123456785FR', '--zpl', zpl])
    expect(item.code).toBe(2)
    expect(item.err).toEqual([
      'station label receptacle: "RR123456785FR" is an S10 item identifier, not an S9 receptacle identifier.',
    ])
    expect(existsSync(zpl)).toBe(false)
  })

  it('needs somewhere to write: --zpl or --png', async () => {
    expect((await station(['label', 'receptacle', S9])).code).toBe(2)
    expect((await station(['label', 'receptacle', S9, '--png', '-'])).code).toBe(2)
    expect((await station(['label', 'receptacle', S9, '--dpi', '200', '--zpl', '-'])).code).toBe(2)
  })

  it('lets the built command exit once the PNG is written (the renderer does not keep it alive)', () => {
    const png = join(tempDir(), 'built.png')
    const r = spawnSync(
      process.execPath,
      [join(root, 'bin', 'station.js'), 'label', 'receptacle', S9, '--png', png],
      {
        encoding: 'utf8',
        timeout: 20_000,
      },
    )
    expect(r.signal, 'the process had to be killed').toBeNull()
    expect(r.status, r.stderr).toBe(0)
    expect(existsSync(png)).toBe(true)
  })
})
