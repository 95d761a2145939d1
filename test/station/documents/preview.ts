// Not a test: times both documents of a 100-receptacle, 20 000-item dispatch (2 000 registered items) as the
// station renders them, then writes uncompressed copies (text readable in the file) to look at. Run by hand:
//   npx rolldown test/station/documents/preview.ts --platform node -f cjs -o /tmp/preview.cjs --external pdfkit
//   NODE_PATH=node_modules node /tmp/preview.cjs /tmp
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderDeliveryBill, renderLetterBill } from '../../../src/station/documents'
import { dispatchData } from './dispatch'

async function main(out: string): Promise<void> {
  const data = dispatchData({ receptacles: 100, items: 20_000, registeredItems: 2_000 })
  const runs: number[] = []
  for (let i = 0; i < 11; i++) {
    const start = performance.now()
    await Promise.all([renderLetterBill(data), renderDeliveryBill(data)])
    runs.push(performance.now() - start)
  }
  const sorted = [...runs].sort((a, b) => a - b)
  console.log(`both documents: first ${runs[0]?.toFixed(1)} ms, median ${sorted[5]?.toFixed(1)} ms`)
  const raw = { compress: false }
  writeFileSync(join(out, 'cn31.pdf'), await renderLetterBill(data, raw))
  writeFileSync(join(out, 'cn38.pdf'), await renderDeliveryBill(data, raw))
}

void main(process.argv[2] ?? '.')
