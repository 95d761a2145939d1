// Turns station facts into finished labels: the receptacle's S9 label with the office names the station
// knows, at the resolution of the printer it will go to, with the operator's logo and any text the
// printer's fonts lack drawn as graphics. The rasteriser and the logo load on first use, not at start.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dpmmFor, receptacleLabel, type Dpi, type LabelGraphic, type TextRasteriser } from '../../core/labels'
import { createTextRasteriser, loadLogo } from '../labels'
import type { JobLabel } from './store'

/** Logo height on receptacle labels; the builder allows up to 20 mm. */
const LOGO_HEIGHT_MM = 10

function here(): string {
  // CommonJS bundles have __dirname; the TypeScript sources under vitest are ES modules.
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url))
}

/**
 * The station's resources folder: POST_STATION_RESOURCES, else the nearest `resources` folder above this
 * module (src/station/print in the sources, out/cli or out/main once built).
 */
export function resourcesDir(): string | null {
  const given = process.env.POST_STATION_RESOURCES
  if (given) return given
  let dir = here()
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'resources')
    if (existsSync(join(candidate, 'labels'))) return candidate
    dir = dirname(dir)
  }
  return null
}

/** The rasteriser could not draw a text (no font has its characters). */
class RasterError extends Error {}

export interface ReceptacleLabelFacts {
  receptacleId: string
  weightKg: number
  originName?: string | null
  destinationName?: string | null
}

export interface LabelMakerOptions {
  /** The logo PNG; `null` for none. Default: resources/labels/logo.png when it exists. */
  logoPath?: string | null
  rasterise?: TextRasteriser
}

export class LabelMaker {
  private rasteriser: TextRasteriser | null
  private readonly logos = new Map<Dpi, LabelGraphic | null>()
  private readonly logoPath: string | null

  constructor(options: LabelMakerOptions = {}) {
    this.rasteriser = options.rasterise ?? null
    if (options.logoPath !== undefined) this.logoPath = options.logoPath
    else {
      const dir = resourcesDir()
      const path = dir ? join(dir, 'labels', 'logo.png') : null
      this.logoPath = path && existsSync(path) ? path : null
    }
  }

  private readonly rasterise: TextRasteriser = (text, heightDots) => {
    this.rasteriser ??= createTextRasteriser()
    try {
      return this.rasteriser(text, heightDots)
    } catch (error) {
      throw new RasterError((error as Error).message)
    }
  }

  private logo(dpi: Dpi): LabelGraphic | undefined {
    if (this.logoPath === null) return undefined
    if (!this.logos.has(dpi)) {
      try {
        this.logos.set(dpi, loadLogo(this.logoPath, Math.round(LOGO_HEIGHT_MM * dpmmFor(dpi))))
      } catch (error) {
        // A broken logo file must not stop a bag label: it prints without the logo, and the log says why.
        console.error(`Post Station: labels print without a logo: ${(error as Error).message}`)
        this.logos.set(dpi, null)
      }
    }
    return this.logos.get(dpi) ?? undefined
  }

  /**
   * When a text needs a font this machine lacks, the label is built again with that text sent as printer
   * text (^CI28): a bag label with a garbled office name is better than a closed bag with no label, and
   * the preview shows exactly what will print. `warning` says which text and why.
   */
  receptacle(facts: ReceptacleLabelFacts, dpi: Dpi): JobLabel & { warning: string | null } {
    const data = {
      receptacleId: facts.receptacleId,
      weightKg: facts.weightKg,
      ...(facts.originName ? { originName: facts.originName } : {}),
      ...(facts.destinationName ? { destinationName: facts.destinationName } : {}),
    }
    const logo = this.logo(dpi)
    let warning: string | null = null
    let label
    try {
      label = receptacleLabel(data, { dpi, rasterise: this.rasterise, ...(logo ? { logo } : {}) })
    } catch (error) {
      if (!(error instanceof RasterError)) throw error
      warning = error.message
      label = receptacleLabel(data, { dpi, ...(logo ? { logo } : {}) })
    }
    return { zpl: label.zpl, widthMm: label.widthMm, heightMm: label.heightMm, dpmm: label.dpmm, warning }
  }
}
