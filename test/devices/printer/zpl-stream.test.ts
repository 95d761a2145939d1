// The printer side of the wire: control commands and complete formats from arbitrary chunks.
import { describe, expect, it } from 'vitest'
import { ZplStream, type ZplItem } from '../../../src/devices/printer/zpl-stream'

const LABEL = '^XA^FO40,40^A0N,40,40^FDFROM: Sender^FS^PQ1^XZ'

function feed(text: string, size: number): { items: ZplItem[]; stream: ZplStream } {
  const stream = new ZplStream()
  const items: ZplItem[] = []
  for (let i = 0; i < text.length; i += size) items.push(...stream.push(text.slice(i, i + size)))
  return { items, stream }
}

describe('ZplStream', () => {
  it('splits queries and formats in order, for every chunk size', () => {
    const text = `~HS\r\n${LABEL}\r\n~HQES${LABEL}~HS`
    for (let size = 1; size <= text.length; size++) {
      expect(feed(text, size).items).toEqual([
        { kind: 'control', command: 'HS' },
        { kind: 'format', zpl: LABEL },
        { kind: 'control', command: 'HQES' },
        { kind: 'format', zpl: LABEL },
        { kind: 'control', command: 'HS' },
      ])
    }
  })

  it('runs a control command inside a format at once and leaves it out of the format', () => {
    const { items } = feed('^XA^FDa^FS~HS^FDb^FS^XZ', 4)
    expect(items).toEqual([
      { kind: 'control', command: 'HS' },
      { kind: 'format', zpl: '^XA^FDa^FS^FDb^FS^XZ' },
    ])
  })

  it('reports a partial format until ^XZ arrives', () => {
    const stream = new ZplStream()
    expect(stream.push('^XA^FO1,1')).toEqual([])
    expect(stream.inFormat).toBe(true)
    expect(stream.push('^FDx^FS^XZ')).toEqual([{ kind: 'format', zpl: '^XA^FO1,1^FDx^FS^XZ' }])
    expect(stream.inFormat).toBe(false)
  })
})
