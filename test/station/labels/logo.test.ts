// The operator's logo: the PNG shipped in resources/labels loads at the height a label asks for and
// prints; a missing or blank file is refused with a sentence naming it.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { afterAll, describe, expect, it } from 'vitest'
import { closePreviewRenderer, loadLogo, renderPreview } from '../../../src/station/labels'
import { countDots, darkPixels, gfa, graphicDots } from './pixels'

const LOGO = join(process.cwd(), 'resources', 'labels', 'logo.png')
const dir = mkdtempSync(join(tmpdir(), 'post-station-logo-'))

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  await closePreviewRenderer()
})

describe('loadLogo', () => {
  it('ships a small logo', () => {
    expect(statSync(LOGO).size).toBeLessThan(20_000)
  })

  it('scales the logo to the height asked, keeping its proportions', () => {
    const small = loadLogo(LOGO, 40)
    const large = loadLogo(LOGO, 120)
    expect(small.height).toBe(40)
    expect(large.height).toBe(120)
    expect(large.width / large.height).toBeCloseTo(small.width / small.height, 1)
    expect(large.width).toBeGreaterThan(large.height * 2) // the post horn and POST, side by side
    expect(large.rowBytes).toBe(Math.ceil(large.width / 8))
    expect(large.totalBytes).toBe(large.rowBytes * large.height)
    const dots = countDots(graphicDots(large))
    expect(dots).toBeGreaterThan(large.width * large.height * 0.15)
    expect(dots).toBeLessThan(large.width * large.height * 0.7)
  })

  it('prints in the preview where the ^GFA puts it', async () => {
    const g = loadLogo(LOGO, 80)
    const png = await renderPreview(`^XA${gfa(g, 40, 30)}^XZ`, { widthMm: 60, heightMm: 20, dpmm: 8 })
    const area = { x: 40, y: 30, width: g.width, height: g.height }
    expect(darkPixels(png, area)).toBe(countDots(graphicDots(g)))
    expect(darkPixels(png, area, false)).toBe(0)
  })

  it('cuts blank margins so the mark fills the height', () => {
    const png = new PNG({ width: 60, height: 60 })
    png.data.fill(255)
    for (let y = 20; y < 30; y++) {
      for (let x = 10; x < 50; x++) png.data.set([0, 0, 0, 255], (y * 60 + x) * 4)
    }
    const file = join(dir, 'bar.png')
    writeFileSync(file, PNG.sync.write(png))
    const g = loadLogo(file, 20)
    expect([g.width, g.height]).toEqual([80, 20])
    expect(countDots(graphicDots(g))).toBe(80 * 20)
  })

  it('refuses a missing, broken or blank file, naming it', () => {
    const missing = join(dir, 'none.png')
    expect(() => loadLogo(missing, 40)).toThrow(`Could not read the label logo ${missing}: `)
    const broken = join(dir, 'broken.png')
    writeFileSync(broken, 'not a png')
    expect(() => loadLogo(broken, 40)).toThrow(`Could not read the label logo ${broken}: `)
    const blank = join(dir, 'blank.png')
    const png = new PNG({ width: 10, height: 10 })
    png.data.fill(255)
    writeFileSync(blank, PNG.sync.write(png))
    expect(() => loadLogo(blank, 40)).toThrow(`The label logo ${blank} is blank`)
    expect(() => loadLogo(LOGO, 0)).toThrow('Cannot draw the logo 0 dots high')
  })
})
