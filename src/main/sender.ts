// Who may talk to the engine over IPC: only the main frame of our window, while it shows our page.
// A subframe, another window or a page that navigated elsewhere is refused, whatever it sends.
import type { IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron'
import { isOnOrigin } from './origin'

export type SenderEvent = Pick<IpcMainInvokeEvent | IpcMainEvent, 'sender' | 'senderFrame'>
export type SenderCheck = (event: SenderEvent) => boolean

type WindowContents = Pick<WebContents, 'isDestroyed' | 'mainFrame'>

export function createSenderCheck(getContents: () => WindowContents | null, appOrigin: string): SenderCheck {
  return (event) => {
    const contents = getContents()
    if (!contents || contents.isDestroyed() || event.sender !== contents) return false
    // senderFrame is null once the frame navigated or died: the request outlived its page.
    const frame = event.senderFrame
    const main = contents.mainFrame
    if (!frame || frame.processId !== main.processId || frame.routingId !== main.routingId) return false
    return isOnOrigin(frame.url, appOrigin)
  }
}
