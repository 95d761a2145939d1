// zpl-image ships no types (and @types/zpl-image is not installed): the part of its API we use.
declare module 'zpl-image' {
  export interface Z64Result {
    /** Uncompressed bytes of the packed bitmap. */
    length: number
    /** Packed bytes per row. */
    rowlen: number
    width: number
    height: number
    /** ':Z64:' + base64(deflate(bitmap)) + ':' + crc16. */
    z64: string
  }
  export interface Z64Options {
    /** Blackness threshold in percent, 1–99; default 50. */
    black?: number
    rotate?: 'N' | 'L' | 'R' | 'I' | 'B'
    /** Keep blank margins; by default they are trimmed (and an all-blank image throws). */
    notrim?: boolean
  }
  export function rgbaToZ64(rgba: Uint8Array | number[], width: number, opts?: Z64Options): Z64Result
}
