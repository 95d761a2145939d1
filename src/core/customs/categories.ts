// Spellings of the CN 22 / CN 23 categories (data/categories.json) → the category.
import categoriesJson from './data/categories.json'
import { CATEGORIES, type Category } from './types'

const byAlias = new Map<string, Category>()
for (const category of CATEGORIES) {
  const aliases = (categoriesJson.entries as Record<string, string[] | undefined>)[category]
  if (!aliases) throw new Error(`categories.json: no spellings for ${category}`)
  for (const alias of aliases) byAlias.set(alias, category)
}

/** The category a file's word stands for; undefined when it is none of them. */
export function categoryOf(text: string): Category | undefined {
  return byAlias.get(text.toLowerCase().replace(/[\s_-]/g, ''))
}

export const CATEGORY_WORDS: Record<Category, string> = {
  gift: 'a gift',
  documents: 'documents',
  commercial_sample: 'a commercial sample',
  sale_of_goods: 'a sale of goods',
  returned_goods: 'returned goods',
  other: 'other contents',
}
