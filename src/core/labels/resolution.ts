// The same layout must print at 203 and 300 dpi, so every position is written in millimetres and turned
// into printer dots here, in one place.

/** Print-head resolutions the station drives. */
export type Dpi = 203 | 300

/** Dots per millimetre: "203 dpi" heads have 8, "300 dpi" heads 12 (they are really 305 dpi). */
export type Dpmm = 8 | 12

export function dpmmFor(dpi: Dpi): Dpmm {
  return dpi === 203 ? 8 : 12
}

/** Size of every label: 4 × 6 inches, the usual thermal shipping label. Previews render at this size. */
export const LABEL_SIZE_MM = { widthMm: 101.6, heightMm: 152.4 } as const

/** Nearest whole dot; positions and sizes. */
export function mmToDots(mm: number, dpmm: Dpmm): number {
  return Math.round(mm * dpmm)
}

/** Print width and label length (`^PW`, `^LL`): whole dots inside the label, never a dot past its edge. */
export function labelDots(dpmm: Dpmm): { widthDots: number; heightDots: number } {
  return {
    widthDots: Math.floor(LABEL_SIZE_MM.widthMm * dpmm),
    heightDots: Math.floor(LABEL_SIZE_MM.heightMm * dpmm),
  }
}
