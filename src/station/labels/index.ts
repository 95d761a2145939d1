// Label rendering in Node: previews (ZPL → PNG), text in scripts the printer fonts lack, and the logo,
// each turned into what the pure ZPL builders of core/labels take.
export { closePreviewRenderer, previewRendererThreadId, renderPreview, type LabelSize } from './preview'
export { createTextRasteriser, type TextRasteriserOptions } from './raster'
export { loadLogo } from './logo'
export type { LabelGraphic, TextRasteriser } from '../../core/labels'
