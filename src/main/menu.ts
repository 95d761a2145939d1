// A short application menu: an operator quits, reloads, zooms for a distant screen, goes full screen.
import type { MenuItemConstructorOptions } from 'electron'

export interface MenuOptions {
  isPackaged: boolean
  platform: NodeJS.Platform
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [{ role: 'reload' }, { role: 'forceReload' }]
  // Devtools only in development builds; packaged builds also turn them off in webPreferences.
  if (!options.isPackaged) view.push({ role: 'toggleDevTools' })
  view.push(
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  )
  const template: MenuItemConstructorOptions[] = [
    { label: 'File', submenu: [{ role: 'quit' }] },
    // macOS routes copy/paste shortcuts through the Edit menu: without it an operator could not paste a code.
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'help', submenu: [{ role: 'about' }] },
  ]
  // On macOS the first menu is always the application menu, whatever its label says.
  return options.platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template
}
