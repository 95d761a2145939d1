// docs/edi/<message>.md is rendered from each mapping's segment table and its sample record, so the
// documentation cannot drift from the code. The page is compared after Prettier (with the project's
// settings), so `prettier --check` and this test agree. UPDATE_DOCS=1 rewrites the pages.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { describe, expect, it } from 'vitest'
import { MESSAGE_CODE_LISTS, MESSAGE_MAPPINGS, renderMappingDoc } from '../../../../src/core/edi/messages'
import type { UpuMessageType } from '../../../../src/core/edi/records'
import { SAMPLES } from './fixtures'
import { encoded } from './helpers'

const DOCS = join(__dirname, '..', '..', '..', '..', 'docs', 'edi')
const update = process.env.UPDATE_DOCS === '1'

describe.each(Object.keys(MESSAGE_MAPPINGS) as UpuMessageType[])('docs/edi for %s', (type) => {
  it('is up to date with the mapping (UPDATE_DOCS=1 to rewrite)', async () => {
    const file = join(DOCS, `${type.toLowerCase()}.md`)
    const example = encoded(type, SAMPLES[type] as never)
    const rendered = renderMappingDoc(MESSAGE_MAPPINGS[type], example, MESSAGE_CODE_LISTS[type])
    const page = await format(rendered, { ...(await resolveConfig(file)), filepath: file })
    if (update) {
      mkdirSync(DOCS, { recursive: true })
      writeFileSync(file, page)
    }
    expect(existsSync(file), `${file} is missing: run UPDATE_DOCS=1`).toBe(true)
    expect(readFileSync(file, 'utf8')).toBe(page)
  })
})
